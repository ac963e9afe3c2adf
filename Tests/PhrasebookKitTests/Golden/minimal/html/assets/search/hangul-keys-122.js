phrasebookSearchLoaded("hangul-keys-122", {"follows":{},"grams":{},"initials":{},"opens":{},"starts":{}});
