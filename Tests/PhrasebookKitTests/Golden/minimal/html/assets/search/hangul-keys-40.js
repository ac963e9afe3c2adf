phrasebookSearchLoaded("hangul-keys-40", {"follows":{"게ㄴ":"L2","스ㅌ":"H1"},"grams":{},"initials":{},"opens":{"겨":"li","모":"lE1","차":"G3W1"},"starts":{}});
