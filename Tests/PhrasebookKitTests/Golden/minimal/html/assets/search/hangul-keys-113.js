phrasebookSearchLoaded("hangul-keys-113", {"follows":{},"grams":{},"initials":{},"opens":{}});
