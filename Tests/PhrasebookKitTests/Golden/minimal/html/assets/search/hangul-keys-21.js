phrasebookSearchLoaded("hangul-keys-21", {"follows":{"어ㅉ":"K4"},"grams":{"정":"ui"},"initials":{},"opens":{},"starts":{"정":"ui"}});
