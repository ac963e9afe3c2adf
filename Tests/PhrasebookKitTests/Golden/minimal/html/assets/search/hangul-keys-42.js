phrasebookSearchLoaded("hangul-keys-42", {"follows":{"쪽ㅇ":"Y3"},"grams":{"끊어":"C2","끊어요":"C2"},"initials":{},"opens":{},"starts":{"끊어":"C2","끊어요":"C2"}});
