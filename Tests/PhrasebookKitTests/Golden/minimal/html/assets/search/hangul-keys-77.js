phrasebookSearchLoaded("hangul-keys-77", {"follows":{"송ㅎ":"Z1"},"grams":{},"initials":{"ㅇㄴ":"I1(2","ㅇㄴㄷ":"H1","ㅇㄴㅎ":"H1(2"},"opens":{},"starts":{}});
