phrasebookSearchLoaded("hangul-keys-31", {"follows":{"습ㄴ":"lii"},"grams":{"답이":"+2"},"initials":{"ㅉㅈ":"L2","ㅉㅈㅇ":"L2"},"opens":{},"starts":{}});
