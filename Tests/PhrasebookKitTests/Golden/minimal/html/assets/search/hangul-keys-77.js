phrasebookSearchLoaded("hangul-keys-77", {"follows":{"송ㅎ":"Z1"},"grams":{},"initials":{},"opens":{}});
