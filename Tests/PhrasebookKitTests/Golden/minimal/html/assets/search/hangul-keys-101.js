phrasebookSearchLoaded("hangul-keys-101", {"follows":{"화ㄹ":"Z1"},"grams":{},"initials":{},"opens":{},"starts":{}});
