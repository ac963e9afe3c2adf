phrasebookSearchLoaded("hangul-keys-46", {"follows":{},"grams":{},"initials":{"ㄹㅇ":"K4"},"opens":{},"starts":{}});
