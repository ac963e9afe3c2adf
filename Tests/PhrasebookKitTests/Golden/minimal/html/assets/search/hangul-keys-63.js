phrasebookSearchLoaded("hangul-keys-63", {"follows":{},"grams":{"증으":"L2","통화":"3"},"initials":{},"opens":{}});
