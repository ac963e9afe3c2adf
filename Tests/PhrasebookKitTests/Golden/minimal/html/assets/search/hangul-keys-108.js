phrasebookSearchLoaded("hangul-keys-108", {"follows":{"시ㅈ":"3","안ㄴ":"H1(2","짜ㅈ":"L2"},"grams":{"구":"G3W1","여":"C2r"},"initials":{},"opens":{"구":"G3W1","여":"lirr"},"starts":{"여":"C2r"}});
