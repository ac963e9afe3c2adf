phrasebookSearchLoaded("hangul-keys-35", {"follows":{},"grams":{"녕하":"H1"},"initials":{},"opens":{}});
