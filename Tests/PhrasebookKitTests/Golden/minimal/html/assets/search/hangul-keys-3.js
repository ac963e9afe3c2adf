phrasebookSearchLoaded("hangul-keys-3", {"follows":{},"grams":{"목소":"lE1","목소리":"lE1"},"initials":{"ㄴㄷ":"l9a9bi"},"opens":{},"starts":{"목소":"lE1","목소리":"lE1"}});
