phrasebookSearchLoaded("hangul-keys-118", {"follows":{},"grams":{},"initials":{},"opens":{},"starts":{}});
