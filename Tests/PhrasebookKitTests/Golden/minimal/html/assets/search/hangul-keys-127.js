phrasebookSearchLoaded("hangul-keys-127", {"follows":{},"grams":{"합니":"Z1"},"initials":{},"opens":{}});
