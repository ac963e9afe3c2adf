phrasebookSearchLoaded("hangul-keys-105", {"follows":{"원ㄹ":"K4","하ㅁ":"C2"},"grams":{"합":"Z1"},"initials":{},"opens":{},"starts":{}});
