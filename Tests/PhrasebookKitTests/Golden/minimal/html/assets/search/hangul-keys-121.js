phrasebookSearchLoaded("hangul-keys-121", {"follows":{"테ㅅ":"H1"},"grams":{"바랍":"Z1"},"initials":{},"opens":{}});
