phrasebookSearchLoaded("hangul-keys-115", {"follows":{},"grams":{},"initials":{},"opens":{},"starts":{}});
