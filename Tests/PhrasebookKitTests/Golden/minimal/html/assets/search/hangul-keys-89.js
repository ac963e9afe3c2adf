phrasebookSearchLoaded("hangul-keys-89", {"follows":{},"grams":{"다립":"ui","들립":"L2","사입":"H1"},"initials":{},"opens":{}});
