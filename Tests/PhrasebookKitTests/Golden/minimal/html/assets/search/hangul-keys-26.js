phrasebookSearchLoaded("hangul-keys-26", {"follows":{},"grams":{},"initials":{},"opens":{}});
