phrasebookSearchLoaded("hangul-keys-94", {"follows":{},"grams":{"맞":"P3"},"initials":{},"opens":{}});
