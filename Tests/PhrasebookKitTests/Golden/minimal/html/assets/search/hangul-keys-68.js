phrasebookSearchLoaded("hangul-keys-68", {"follows":{},"grams":{"도":"ui(2","보세":"C2","보세요":"C2","을":"+2","죄":"Z1"},"initials":{},"opens":{"끄":"C2","도":"ui(2","아":"lii9W19","죄":"Z1"}});
