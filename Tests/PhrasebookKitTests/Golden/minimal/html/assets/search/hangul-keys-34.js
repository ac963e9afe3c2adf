phrasebookSearchLoaded("hangul-keys-34", {"follows":{},"grams":{},"initials":{"ㅅㅇ":"uarX1a","ㅅㅇㄴ":"H1","ㅅㅇㅇ":"u"},"opens":{},"starts":{}});
