phrasebookSearchLoaded("hangul-keys-31", {"follows":{"습ㄴ":"lii"},"grams":{"답이":"+2"},"initials":{},"opens":{}});
