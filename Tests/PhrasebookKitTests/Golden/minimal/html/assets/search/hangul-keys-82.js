phrasebookSearchLoaded("hangul-keys-82", {"follows":{},"grams":{},"initials":{"ㅇㄹ":"L2A2","ㅇㄹㅇ":"K4"},"opens":{},"starts":{}});
