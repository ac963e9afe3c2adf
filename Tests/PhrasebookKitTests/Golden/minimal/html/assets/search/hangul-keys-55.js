phrasebookSearchLoaded("hangul-keys-55", {"follows":{"객ㄴ":"lE1"},"grams":{},"initials":{"ㄷ":"nbbbbjiO19","ㅂㄹ":"Z1","ㅂㄹㄴ":"Z1","ㅎㅅ":"H1","ㅎㅅㅇ":"H1"},"opens":{},"starts":{}});
