phrasebookSearchLoaded("hangul-keys-47", {"follows":{"되ㅇ":"H1","래ㅇ":"K4"},"grams":{"방문":"B4","직원":"*4"},"initials":{},"opens":{}});
