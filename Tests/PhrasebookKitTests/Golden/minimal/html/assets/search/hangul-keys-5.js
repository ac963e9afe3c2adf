phrasebookSearchLoaded("hangul-keys-5", {"follows":{"리ㄱ":"lE1"},"grams":{"입":"H1"},"initials":{},"opens":{},"starts":{}});
