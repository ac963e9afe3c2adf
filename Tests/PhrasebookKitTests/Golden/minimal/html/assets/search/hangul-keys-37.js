phrasebookSearchLoaded("hangul-keys-37", {"follows":{"바ㄹ":"Z1"},"grams":{"장":"u"},"initials":{},"opens":{},"starts":{}});
