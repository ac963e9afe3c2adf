phrasebookSearchLoaded("hangul-keys-85", {"follows":{"다ㄹ":"ui9","들ㄹ":"lE1i","시ㄱ":"Z1","이ㅉ":"Y3"},"grams":{"녕":"H1(2"},"initials":{"ㄲㅇ":"C2","ㄲㅇㅇ":"C2"},"opens":{},"starts":{}});
