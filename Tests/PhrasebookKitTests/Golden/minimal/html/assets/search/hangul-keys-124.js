phrasebookSearchLoaded("hangul-keys-124", {"follows":{},"grams":{"건데":"K4","건데요":"K4","래요":"K4","으세":"Y3","으세요":"Y3","주":"Z1I2"},"initials":{},"opens":{"돼":"l","라":"Z1","주":"Z1I2"}});
