phrasebookSearchLoaded("hangul-keys-66", {"follows":{"정ㄷ":"ui"},"grams":{},"initials":{"ㅂ":"Z19.1"},"opens":{},"starts":{}});
