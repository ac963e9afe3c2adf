phrasebookSearchLoaded("hangul-keys-28", {"follows":{"리ㅈ":"lE1"},"grams":{"니다":"l9a9bi","서":"Y3","하면":"C2"},"initials":{},"opens":{"개":"lE1iE1","서":"Z1.1"}});
