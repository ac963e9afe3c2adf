phrasebookSearchLoaded("hangul-keys-59", {"follows":{"않ㅅ":"lE1"},"grams":{},"initials":{},"opens":{},"starts":{}});
