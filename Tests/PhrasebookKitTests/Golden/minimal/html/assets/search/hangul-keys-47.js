phrasebookSearchLoaded("hangul-keys-47", {"follows":{"되ㅇ":"H1","래ㅇ":"K4"},"grams":{},"initials":{"ㄹㅈ":"lE1"},"opens":{},"starts":{}});
