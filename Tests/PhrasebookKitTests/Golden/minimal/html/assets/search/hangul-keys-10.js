phrasebookSearchLoaded("hangul-keys-10", {"follows":{},"grams":{},"initials":{},"opens":{},"starts":{}});
