phrasebookSearchLoaded("hangul-keys-110", {"follows":{},"grams":{},"initials":{"ㄷㅅ":"Z1"},"opens":{},"starts":{}});
