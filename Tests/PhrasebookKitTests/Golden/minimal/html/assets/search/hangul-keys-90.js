phrasebookSearchLoaded("hangul-keys-90", {"follows":{},"grams":{},"initials":{},"opens":{}});
