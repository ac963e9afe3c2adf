phrasebookSearchLoaded("hangul-keys-16", {"follows":{"문ㅈ":"u"},"grams":{"다른":"Z1","됐":"l","또":"B4"},"initials":{},"opens":{"느":"L2","또":"B4","자":"3r"},"starts":{"다른":"Z1","또":"B4"}});
