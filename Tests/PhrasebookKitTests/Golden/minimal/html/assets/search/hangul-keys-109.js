phrasebookSearchLoaded("hangul-keys-109", {"follows":{"도ㄱ":"K4","하ㅅ":"H1"},"grams":{"문장":"u","었습":"H1"},"initials":{},"opens":{}});
