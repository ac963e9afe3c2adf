phrasebookSearchLoaded("hangul-keys-30", {"follows":{"앉ㅇ":"Y3"},"grams":{},"initials":{"ㅉㅇ":"Y3"},"opens":{},"starts":{}});
