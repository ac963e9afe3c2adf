phrasebookSearchLoaded("hangul-keys-51", {"follows":{},"grams":{"습니":"lii","쪽에":"Y3"},"initials":{},"opens":{}});
