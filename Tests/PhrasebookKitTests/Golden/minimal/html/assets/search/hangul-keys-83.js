phrasebookSearchLoaded("hangul-keys-83", {"follows":{"담ㅇ":"T4","이ㅇ":"u","해ㅇ":"C2"},"grams":{"객에":"L2","객에게":"L2","녕히":"B4"},"initials":{},"opens":{},"starts":{}});
