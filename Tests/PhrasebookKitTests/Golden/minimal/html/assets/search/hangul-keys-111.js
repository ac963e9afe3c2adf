phrasebookSearchLoaded("hangul-keys-111", {"follows":{"니ㄷ":"l9a9bi"},"grams":{},"initials":{"ㅈㄷ":"ui"},"opens":{},"starts":{}});
