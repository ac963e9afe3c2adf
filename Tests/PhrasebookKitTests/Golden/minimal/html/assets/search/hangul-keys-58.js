phrasebookSearchLoaded("hangul-keys-58", {"follows":{},"grams":{},"initials":{},"opens":{},"starts":{}});
