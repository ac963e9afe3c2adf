phrasebookSearchLoaded("hangul-keys-24", {"follows":{},"grams":{"되":"H1","래":"L4","어쩔":"K4","하면":"C2"},"initials":{"ㄹㄱ":"lE1"},"opens":{"되":"H1","래":"L4"},"starts":{"어쩔":"K4","하면":"C2"}});
