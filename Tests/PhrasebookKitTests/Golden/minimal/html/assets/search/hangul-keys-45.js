phrasebookSearchLoaded("hangul-keys-45", {"follows":{"소ㄹ":"lE1"},"grams":{},"initials":{"ㅁㅎ":"B4"},"opens":{},"starts":{}});
