phrasebookSearchLoaded("hangul-keys-91", {"follows":{"태ㄷ":"K4"},"grams":{"객님":"lE1","랍니":"Z1"},"initials":{},"opens":{}});
