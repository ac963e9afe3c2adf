phrasebookSearchLoaded("hangul-keys-65", {"follows":{"없ㅇ":"+2","연ㄱ":"li"},"grams":{"상":"T4","직":"*4"},"initials":{"ㅁ":"ca9rbN1i"},"opens":{},"starts":{"상":"T4","직":"*4"}});
