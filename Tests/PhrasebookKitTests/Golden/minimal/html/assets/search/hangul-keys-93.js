phrasebookSearchLoaded("hangul-keys-93", {"follows":{"화ㄱ":"li"},"grams":{},"initials":{},"opens":{},"starts":{}});
