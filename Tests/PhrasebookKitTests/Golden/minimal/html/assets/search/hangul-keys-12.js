phrasebookSearchLoaded("hangul-keys-12", {"follows":{},"grams":{"게":"L2","소":"lE1","지만":"l"},"initials":{},"opens":{"게":"L2","소":"lF1"}});
