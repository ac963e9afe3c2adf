phrasebookSearchLoaded("hangul-keys-14", {"follows":{},"grams":{},"initials":{},"opens":{},"starts":{}});
