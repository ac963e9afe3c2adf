phrasebookSearchLoaded("hangul-keys-6", {"follows":{"응ㄷ":"+2"},"grams":{},"initials":{"ㅈㅎ":"c9iiE1","ㅈㅎㄱ":"li","ㅈㅎㄹ":"Z1"},"opens":{},"starts":{}});
