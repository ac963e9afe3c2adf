phrasebookSearchLoaded("hangul-keys-61", {"follows":{"끊ㅇ":"C2"},"grams":{"립":"uir","쪽":"Y3","창":"G3W1"},"initials":{},"opens":{},"starts":{"창":"G3W1"}});
