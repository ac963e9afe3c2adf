phrasebookSearchLoaded("hangul-keys-15", {"follows":{"세ㅇ":"H1rX1a"},"grams":{},"initials":{"ㅅㄴ":"lii","ㅅㄴㄷ":"lii"},"opens":{},"starts":{}});
