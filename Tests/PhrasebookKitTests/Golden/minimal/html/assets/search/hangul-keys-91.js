phrasebookSearchLoaded("hangul-keys-91", {"follows":{"태ㄷ":"K4"},"grams":{"랍니":"Z1","랍니다":"Z1"},"initials":{"ㅇㅂ":"C2","ㅇㅂㅅ":"C2"},"opens":{},"starts":{}});
