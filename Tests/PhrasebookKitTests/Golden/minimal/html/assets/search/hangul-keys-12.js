phrasebookSearchLoaded("hangul-keys-12", {"follows":{},"grams":{"게":"L2","소":"lE1"},"initials":{"ㅅㄱ":"Z1"},"opens":{"게":"L2","소":"lF1"},"starts":{}});
