phrasebookSearchLoaded("hangul-keys-7", {"follows":{"결ㄷ":"li","기ㄷ":"ui"},"grams":{},"initials":{},"opens":{},"starts":{}});
