phrasebookSearchLoaded("hangul-keys-125", {"follows":{"었ㅅ":"H1","으ㄹ":"L2"},"grams":{},"initials":{},"opens":{}});
