phrasebookSearchLoaded("hangul-keys-99", {"follows":{},"grams":{"입니":"H1","입니다":"H1"},"initials":{},"opens":{},"starts":{}});
