phrasebookSearchLoaded("hangul-keys-107", {"follows":{"합ㄴ":"Z1"},"grams":{},"initials":{},"opens":{}});
