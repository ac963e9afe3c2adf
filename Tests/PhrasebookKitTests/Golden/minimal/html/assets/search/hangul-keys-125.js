phrasebookSearchLoaded("hangul-keys-125", {"follows":{"었ㅅ":"H1","으ㄹ":"L2"},"grams":{},"initials":{"ㅈㅅ":"(1I2","ㅈㅅㄱ":"Z1","ㅈㅅㅇ":"B4","ㅈㅅㅎ":"Z1"},"opens":{},"starts":{}});
