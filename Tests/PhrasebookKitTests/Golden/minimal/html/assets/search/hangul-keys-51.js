phrasebookSearchLoaded("hangul-keys-51", {"follows":{},"grams":{"습니":"lii","습니다":"lii","응답":"+2","응답이":"+2","쪽에":"Y3"},"initials":{"ㅎㅁ":"C2"},"opens":{},"starts":{"응답":"+2","응답이":"+2"}});
