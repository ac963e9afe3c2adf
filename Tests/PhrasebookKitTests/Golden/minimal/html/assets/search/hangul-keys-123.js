phrasebookSearchLoaded("hangul-keys-123", {"follows":{},"grams":{},"initials":{},"opens":{},"starts":{}});
