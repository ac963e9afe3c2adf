phrasebookSearchLoaded("hangul-keys-106", {"follows":{},"grams":{},"initials":{},"opens":{},"starts":{}});
