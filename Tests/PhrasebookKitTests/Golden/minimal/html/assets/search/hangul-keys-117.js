phrasebookSearchLoaded("hangul-keys-117", {"follows":{},"grams":{"답":"+2"},"initials":{},"opens":{},"starts":{}});
