phrasebookSearchLoaded("hangul-keys-26", {"follows":{},"grams":{"않습":"lE1","않습니":"lE1"},"initials":{"ㄴㅎ":"H1(2","ㄴㅎㅅ":"H1"},"opens":{},"starts":{"않습":"lE1","않습니":"lE1"}});
