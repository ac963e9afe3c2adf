phrasebookSearchLoaded("hangul-keys-50", {"follows":{},"grams":{},"initials":{"ㄲ":"C2"},"opens":{},"starts":{}});
