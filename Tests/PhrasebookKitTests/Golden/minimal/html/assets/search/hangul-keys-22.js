phrasebookSearchLoaded("hangul-keys-22", {"follows":{"문ㅎ":"B4","상ㄷ":"T4"},"grams":{},"initials":{},"opens":{},"starts":{}});
