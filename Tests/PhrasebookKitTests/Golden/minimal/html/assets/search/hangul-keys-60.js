phrasebookSearchLoaded("hangul-keys-60", {"follows":{"목ㅅ":"lE1"},"grams":{"걸어":"Z1","도가":"K4","문해":"B4","에게":"L2","으":"L2N1","주세":"B4"},"initials":{},"opens":{"으":"c.1jr","쪼":"Y3"}});
