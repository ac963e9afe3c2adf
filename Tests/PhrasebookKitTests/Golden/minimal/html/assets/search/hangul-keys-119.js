phrasebookSearchLoaded("hangul-keys-119", {"follows":{},"grams":{},"initials":{},"opens":{},"starts":{}});
