phrasebookSearchLoaded("hangul-keys-38", {"follows":{"직ㅇ":"*4"},"grams":{},"initials":{},"opens":{}});
