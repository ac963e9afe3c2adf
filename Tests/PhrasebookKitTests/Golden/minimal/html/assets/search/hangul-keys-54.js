phrasebookSearchLoaded("hangul-keys-54", {"follows":{},"grams":{},"initials":{},"opens":{}});
