phrasebookSearchLoaded("hangul-keys-90", {"follows":{},"grams":{},"initials":{"ㄷㄱ":"K4"},"opens":{},"starts":{}});
