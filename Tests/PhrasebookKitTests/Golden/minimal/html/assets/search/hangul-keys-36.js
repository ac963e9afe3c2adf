phrasebookSearchLoaded("hangul-keys-36", {"follows":{},"grams":{"데요":"K4","스":"H1","오":"Y3","이래":"K4","이래요":"K4"},"initials":{"ㅁㅅ":"lE1","ㅁㅅㄹ":"lE1"},"opens":{"스":"lji","오":"Y3"}});
