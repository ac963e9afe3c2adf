phrasebookSearchLoaded("hangul-keys-57", {"follows":{"통ㅎ":"3"},"grams":{},"initials":{"ㄹ":"m9ibjA2","ㅎㅇ":"C2"},"opens":{},"starts":{}});
