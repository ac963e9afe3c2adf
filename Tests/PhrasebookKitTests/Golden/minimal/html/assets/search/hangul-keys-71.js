phrasebookSearchLoaded("hangul-keys-71", {"follows":{"랍ㄴ":"Z1"},"grams":{},"initials":{"ㅇ":"caabjbakibbb99"},"opens":{},"starts":{}});
