phrasebookSearchLoaded("hangul-keys-41", {"follows":{"맞ㅇ":"P3"},"grams":{"목":"lE1","방":"B4"},"initials":{"ㅅㅎ":"Z1","ㅅㅎㄴ":"Z1"},"opens":{},"starts":{"목":"lE1","방":"B4"}});
