phrasebookSearchLoaded("hangul-keys-120", {"follows":{},"grams":{"걸":"Z1","다시":"Z1","른":"Z1","안녕":"H1(2","안녕하":"H1","안녕히":"B4"},"initials":{},"opens":{}});
