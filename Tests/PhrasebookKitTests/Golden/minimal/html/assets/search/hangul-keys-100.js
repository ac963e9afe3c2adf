phrasebookSearchLoaded("hangul-keys-100", {"follows":{},"grams":{"다":"laaabi","들":"lE1i"},"initials":{},"opens":{"다":"laaabiiW1"},"starts":{"다":"(1","들":"lE1i"}});
