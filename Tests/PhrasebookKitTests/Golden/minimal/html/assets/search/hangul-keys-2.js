phrasebookSearchLoaded("hangul-keys-2", {"follows":{},"grams":{},"initials":{},"opens":{}});
