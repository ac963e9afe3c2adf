phrasebookSearchLoaded("hangul-keys-18", {"follows":{},"grams":{},"initials":{},"opens":{}});
