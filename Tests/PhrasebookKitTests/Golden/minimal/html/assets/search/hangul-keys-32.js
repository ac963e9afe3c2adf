phrasebookSearchLoaded("hangul-keys-32", {"follows":{},"grams":{"소리":"lE1","소리가":"lE1","으로":"L2","해요":"C2"},"initials":{"ㄱㄱ":"lE1iE1","ㄱㄱㄴ":"lE1","ㄱㄱㅇ":"L2"},"opens":{"토":"3"},"starts":{"해요":"C2"}});
