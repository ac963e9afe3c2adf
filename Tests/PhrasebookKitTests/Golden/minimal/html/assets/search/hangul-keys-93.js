phrasebookSearchLoaded("hangul-keys-93", {"follows":{"화ㄱ":"li"},"grams":{"죄송":"Z1"},"initials":{},"opens":{}});
