phrasebookSearchLoaded("hangul-keys-95", {"follows":{},"grams":{},"initials":{},"opens":{},"starts":{}});
