phrasebookSearchLoaded("hangul-keys-79", {"follows":{"걸ㅇ":"Z1","입ㄴ":"H1"},"grams":{"정도":"ui","창구":"G3W1"},"initials":{},"opens":{},"starts":{"정도":"ui","창구":"G3W1"}});
