phrasebookSearchLoaded("hangul-keys-2", {"follows":{},"grams":{},"initials":{"ㅌㅎ":"3"},"opens":{},"starts":{}});
