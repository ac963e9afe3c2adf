phrasebookSearchLoaded("hangul-keys-1", {"follows":{"죄ㅅ":"Z1","지ㅁ":"l"},"grams":{},"initials":{},"opens":{},"starts":{}});
