phrasebookSearchLoaded("hangul-keys-46", {"follows":{},"grams":{},"initials":{},"opens":{}});
