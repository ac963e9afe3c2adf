phrasebookSearchLoaded("hangul-keys-9", {"follows":{"으ㅅ":"Y3"},"grams":{},"initials":{},"opens":{},"starts":{}});
