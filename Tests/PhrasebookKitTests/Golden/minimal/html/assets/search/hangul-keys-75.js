phrasebookSearchLoaded("hangul-keys-75", {"follows":{},"grams":{"객님":"lE1"},"initials":{},"opens":{},"starts":{}});
