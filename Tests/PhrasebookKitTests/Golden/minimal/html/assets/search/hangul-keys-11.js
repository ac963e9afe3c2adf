phrasebookSearchLoaded("hangul-keys-11", {"follows":{},"grams":{},"initials":{},"opens":{},"starts":{}});
