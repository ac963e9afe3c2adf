phrasebookSearchLoaded("hangul-keys-27", {"follows":{"사ㅇ":"u9"},"grams":{},"initials":{"ㄹㄴ":"ui9i","ㄹㄴㄷ":"ui9i"},"opens":{},"starts":{}});
