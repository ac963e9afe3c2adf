phrasebookSearchLoaded("hangul-keys-3", {"follows":{},"grams":{"목소":"lE1"},"initials":{},"opens":{}});
