phrasebookSearchLoaded("hangul-keys-87", {"follows":{"데ㅇ":"K4"},"grams":{},"initials":{},"opens":{}});
