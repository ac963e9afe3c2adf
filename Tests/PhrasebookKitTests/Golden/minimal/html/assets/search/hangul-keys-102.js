phrasebookSearchLoaded("hangul-keys-102", {"follows":{},"grams":{},"initials":{},"opens":{},"starts":{}});
