phrasebookSearchLoaded("hangul-keys-103", {"follows":{},"grams":{},"initials":{},"opens":{},"starts":{}});
