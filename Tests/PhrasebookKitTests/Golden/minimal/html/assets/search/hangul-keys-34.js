phrasebookSearchLoaded("hangul-keys-34", {"follows":{},"grams":{},"initials":{},"opens":{}});
