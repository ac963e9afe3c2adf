phrasebookSearchLoaded("hangul-keys-62", {"follows":{},"grams":{"없을":"+2"},"initials":{},"opens":{}});
