phrasebookSearchLoaded("hangul-keys-78", {"follows":{},"grams":{},"initials":{"ㅎ":"399jjarF1"},"opens":{},"starts":{}});
