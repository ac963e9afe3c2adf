phrasebookSearchLoaded("hangul-keys-32", {"follows":{},"grams":{"소리":"lE1","어쩔":"K4","으로":"L2","해요":"C2"},"initials":{},"opens":{"토":"3"}});
