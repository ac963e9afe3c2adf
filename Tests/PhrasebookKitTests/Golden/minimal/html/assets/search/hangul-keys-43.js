phrasebookSearchLoaded("hangul-keys-43", {"follows":{},"grams":{"립니":"uir","않습":"lE1"},"initials":{},"opens":{}});
