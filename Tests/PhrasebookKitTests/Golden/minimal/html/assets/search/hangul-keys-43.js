phrasebookSearchLoaded("hangul-keys-43", {"follows":{},"grams":{"립니":"uir","립니다":"uir","방문":"B4","방문해":"B4","직원":"*4"},"initials":{"ㅎㄹ":"Z1"},"opens":{},"starts":{"방문":"B4","방문해":"B4","직원":"*4"}});
