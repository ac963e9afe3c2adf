phrasebookSearchLoaded("hangul-keys-87", {"follows":{"데ㅇ":"K4"},"grams":{"송합":"Z1","송합니":"Z1"},"initials":{},"opens":{},"starts":{}});
