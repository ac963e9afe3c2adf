phrasebookSearchLoaded("hangul-keys-28", {"follows":{"리ㅈ":"lE1"},"grams":{"니다":"l9a9bi","되었":"H1","되었습":"H1","서":"Y3"},"initials":{},"opens":{"개":"lE1iE1","서":"Z1.1"},"starts":{}});
