phrasebookSearchLoaded("hangul-keys-89", {"follows":{},"grams":{},"initials":{},"opens":{},"starts":{}});
