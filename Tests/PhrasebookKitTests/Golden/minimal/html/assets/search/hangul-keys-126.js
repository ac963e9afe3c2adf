phrasebookSearchLoaded("hangul-keys-126", {"follows":{},"grams":{},"initials":{},"opens":{},"starts":{}});
