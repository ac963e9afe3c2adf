phrasebookSearchLoaded("hangul-keys-27", {"follows":{"사ㅇ":"u9"},"grams":{},"initials":{},"opens":{}});
