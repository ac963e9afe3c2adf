phrasebookSearchLoaded("hangul-keys-86", {"follows":{"여ㅂ":"C2"},"grams":{"맞이":"P3"},"initials":{},"opens":{},"starts":{"맞이":"P3"}});
