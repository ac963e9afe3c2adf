phrasebookSearchLoaded("hangul-keys-13", {"follows":{"트ㅅ":"H1"},"grams":{"랍":"Z1"},"initials":{},"opens":{},"starts":{}});
