phrasebookSearchLoaded("hangul-keys-110", {"follows":{},"grams":{},"initials":{},"opens":{}});
