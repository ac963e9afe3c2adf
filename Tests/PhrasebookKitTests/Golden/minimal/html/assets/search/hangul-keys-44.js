phrasebookSearchLoaded("hangul-keys-44", {"follows":{},"grams":{"리":"mF1","사":"u9","짜증":"L2","짜증으":"L2","화가":"li"},"initials":{},"opens":{"리":"m9iai","사":"u9M3"}});
