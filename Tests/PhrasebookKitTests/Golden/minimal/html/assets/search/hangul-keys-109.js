phrasebookSearchLoaded("hangul-keys-109", {"follows":{"도ㄱ":"K4","하ㅅ":"H1"},"grams":{},"initials":{},"opens":{},"starts":{}});
