phrasebookSearchLoaded("hangul-keys-39", {"follows":{},"grams":{},"initials":{"ㅁㅈ":"u","ㅅㅌ":"H1","ㅅㅌㅅ":"H1","ㅊㄱ":"G3W1"},"opens":{},"starts":{}});
