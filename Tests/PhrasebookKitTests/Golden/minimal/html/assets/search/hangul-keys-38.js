phrasebookSearchLoaded("hangul-keys-38", {"follows":{"직ㅇ":"*4"},"grams":{},"initials":{"ㄱㄷ":"l999(2","ㄱㄷㄹ":"ui","ㄱㄷㅇ":"H1D3","ㄱㄷㅈ":"l","ㅁㅇ":"cD3","ㅎㄴ":"Z1","ㅎㄴㄷ":"Z1"},"opens":{},"starts":{}});
