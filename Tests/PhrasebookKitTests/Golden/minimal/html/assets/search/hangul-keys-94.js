phrasebookSearchLoaded("hangul-keys-94", {"follows":{},"grams":{"맞":"P3"},"initials":{"ㅇㅅ":"liiB2","ㅇㅅㄴ":"lii","ㅇㅅㅇ":"Z3"},"opens":{},"starts":{"맞":"P3"}});
