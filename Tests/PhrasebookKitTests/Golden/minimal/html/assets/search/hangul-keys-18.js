phrasebookSearchLoaded("hangul-keys-18", {"follows":{},"grams":{},"initials":{"ㅅㄷ":"T4","ㅅㄷㅇ":"T4"},"opens":{},"starts":{}});
