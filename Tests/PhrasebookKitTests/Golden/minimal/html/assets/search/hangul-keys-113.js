phrasebookSearchLoaded("hangul-keys-113", {"follows":{},"grams":{},"initials":{"ㄷㅈ":"l","ㄷㅈㅁ":"l"},"opens":{},"starts":{}});
