phrasebookSearchLoaded("hangul-keys-84", {"follows":{},"grams":{"리가":"lE1","시기":"Z1","쩔":"K4","화":"399ii"},"initials":{},"opens":{"화":"399ii"},"starts":{}});
