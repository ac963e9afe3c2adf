phrasebookSearchLoaded("hangul-keys-23", {"follows":{"립ㄴ":"uir"},"grams":{},"initials":{},"opens":{},"starts":{}});
