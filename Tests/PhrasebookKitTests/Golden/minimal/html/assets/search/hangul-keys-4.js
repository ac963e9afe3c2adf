phrasebookSearchLoaded("hangul-keys-4", {"follows":{},"grams":{"게는":"L2","전":"c9iiE1","전히":"+2"},"initials":{},"opens":{},"starts":{"전":"c9ii"}});
