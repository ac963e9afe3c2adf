phrasebookSearchLoaded("hangul-keys-120", {"follows":{},"grams":{"걸":"Z1","다시":"Z1","른":"Z1"},"initials":{},"opens":{}});
