phrasebookSearchLoaded("hangul-keys-82", {"follows":{},"grams":{},"initials":{},"opens":{}});
