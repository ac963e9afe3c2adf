phrasebookSearchLoaded("hangul-keys-107", {"follows":{"합ㄴ":"Z1"},"grams":{},"initials":{"ㅌㄷ":"K4","ㅌㄷㄱ":"K4"},"opens":{},"starts":{}});
