phrasebookSearchLoaded("hangul-keys-35", {"follows":{},"grams":{"녕하":"H1","녕하세":"H1"},"initials":{"ㄱㄴ":"lE1i","ㅅㅈ":"3","ㅎㄱ":"li"},"opens":{},"starts":{}});
