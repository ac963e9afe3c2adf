phrasebookSearchLoaded("hangul-keys-62", {"follows":{},"grams":{},"initials":{},"opens":{},"starts":{}});
