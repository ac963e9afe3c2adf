phrasebookSearchLoaded("hangul-keys-75", {"follows":{},"grams":{},"initials":{},"opens":{}});
