phrasebookSearchLoaded("hangul-keys-97", {"follows":{"다ㅅ":"Z1","에ㄱ":"L2"},"grams":{},"initials":{"ㅇㅈ":"+2","ㅇㅈㅎ":"+2"},"opens":{},"starts":{}});
