phrasebookSearchLoaded("hangul-keys-121", {"follows":{"테ㅅ":"H1"},"grams":{},"initials":{"ㅈㅁ":"l","ㅌㅅ":"I1","ㅌㅅㅇ":"H1","ㅌㅅㅌ":"H1"},"opens":{},"starts":{}});
