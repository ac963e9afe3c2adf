phrasebookSearchLoaded("hangul-keys-127", {"follows":{},"grams":{"합니":"Z1","합니다":"Z1"},"initials":{"ㅈㅇ":"L2R2","ㅈㅇㄹ":"L2"},"opens":{},"starts":{}});
