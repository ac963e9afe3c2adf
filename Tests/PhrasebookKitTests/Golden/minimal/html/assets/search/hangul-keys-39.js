phrasebookSearchLoaded("hangul-keys-39", {"follows":{},"grams":{},"initials":{},"opens":{}});
