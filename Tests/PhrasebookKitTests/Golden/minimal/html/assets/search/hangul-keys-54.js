phrasebookSearchLoaded("hangul-keys-54", {"follows":{},"grams":{"없을":"+2"},"initials":{"ㄱㅇ":"Z1i","ㄱㅇㄱ":"L2"},"opens":{},"starts":{"없을":"+2"}});
