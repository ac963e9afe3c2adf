phrasebookSearchLoaded("hangul-keys-24", {"follows":{},"grams":{"되":"H1","래":"L4","무음":"c","여전":"+2"},"initials":{},"opens":{"되":"H1","래":"L4"}});
