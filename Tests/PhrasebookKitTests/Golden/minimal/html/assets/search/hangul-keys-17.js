phrasebookSearchLoaded("hangul-keys-17", {"follows":{"어ㅅ":"Y3"},"grams":{"작":"3"},"initials":{},"opens":{},"starts":{}});
