phrasebookSearchLoaded("hangul-keys-6", {"follows":{"응ㄷ":"+2"},"grams":{},"initials":{},"opens":{}});
