phrasebookSearchLoaded("hangul-keys-25", {"follows":{"녕ㅎ":"H1(2"},"grams":{},"initials":{},"opens":{},"starts":{}});
