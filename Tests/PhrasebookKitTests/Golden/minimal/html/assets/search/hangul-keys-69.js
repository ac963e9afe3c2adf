phrasebookSearchLoaded("hangul-keys-69", {"follows":{"가ㅅ":"B4","이ㄹ":"K4"},"grams":{},"initials":{"ㅅ":"3j9bk9Y1ai"},"opens":{},"starts":{}});
