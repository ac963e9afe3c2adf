phrasebookSearchLoaded("hangul-keys-55", {"follows":{"객ㄴ":"lE1"},"grams":{},"initials":{"ㄷ":"nbbbbjiO19"},"opens":{}});
