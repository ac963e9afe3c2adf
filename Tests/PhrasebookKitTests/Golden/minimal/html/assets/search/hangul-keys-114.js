phrasebookSearchLoaded("hangul-keys-114", {"follows":{"답ㅇ":"+2"},"grams":{},"initials":{},"opens":{},"starts":{}});
