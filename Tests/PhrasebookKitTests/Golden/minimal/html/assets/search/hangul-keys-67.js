phrasebookSearchLoaded("hangul-keys-67", {"follows":{"건ㄷ":"K4"},"grams":{"상담":"T4","상담원":"T4"},"initials":{"ㅂㅅ":"C2","ㅂㅅㅇ":"C2"},"opens":{},"starts":{"상담":"T4","상담원":"T4"}});
