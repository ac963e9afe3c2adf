phrasebookSearchLoaded("hangul-keys-63", {"follows":{},"grams":{"증으":"L2","증으로":"L2","통화":"3"},"initials":{"ㅂㅁ":"B4","ㅂㅁㅎ":"B4"},"opens":{},"starts":{"통화":"3"}});
