phrasebookSearchLoaded("hangul-keys-70", {"follows":{},"grams":{"없":"+2"},"initials":{},"opens":{},"starts":{"없":"+2"}});
