phrasebookSearchLoaded("hangul-keys-29", {"follows":{},"grams":{"객":"lE1iE1","증":"L2"},"initials":{},"opens":{},"starts":{}});
