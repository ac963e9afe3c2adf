phrasebookSearchLoaded("hangul-keys-98", {"follows":{},"grams":{},"initials":{},"opens":{}});
