phrasebookSearchLoaded("hangul-keys-96", {"follows":{},"grams":{"결됐":"l","고":"lE1iE1","어요":"C2","주시":"Z1","하세":"H1"},"initials":{},"opens":{"고":"lE1iE1"}});
