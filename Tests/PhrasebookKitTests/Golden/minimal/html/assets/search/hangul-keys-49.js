phrasebookSearchLoaded("hangul-keys-49", {"follows":{},"grams":{"성":"Z1"},"initials":{"ㄱ":"n9a9bkraiai"},"opens":{},"starts":{"성":"Z1"}});
