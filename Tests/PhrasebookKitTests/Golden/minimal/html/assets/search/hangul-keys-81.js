phrasebookSearchLoaded("hangul-keys-81", {"follows":{"고ㄱ":"lE1iE1","보ㅅ":"C2"},"grams":{"응":"+2"},"initials":{},"opens":{},"starts":{"응":"+2"}});
