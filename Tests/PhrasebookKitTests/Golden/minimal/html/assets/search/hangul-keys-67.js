phrasebookSearchLoaded("hangul-keys-67", {"follows":{"건ㄷ":"K4"},"grams":{},"initials":{},"opens":{}});
