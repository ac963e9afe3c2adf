phrasebookSearchLoaded("hangul-keys-96", {"follows":{},"grams":{"고":"lE1iE1","어요":"C2","주시":"Z1","주시기":"Z1","하세":"H1","하세요":"H1"},"initials":{"ㅇㅇ":"uE1rr","ㅇㅇㅅ":"Y3"},"opens":{"고":"lE1iE1"}});
