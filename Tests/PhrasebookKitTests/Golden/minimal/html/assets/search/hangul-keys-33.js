phrasebookSearchLoaded("hangul-keys-33", {"follows":{"오ㅅ":"Y3"},"grams":{"송":"Z1"},"initials":{},"opens":{},"starts":{}});
