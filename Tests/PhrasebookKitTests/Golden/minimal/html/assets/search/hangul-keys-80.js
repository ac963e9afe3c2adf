phrasebookSearchLoaded("hangul-keys-80", {"follows":{},"grams":{"말":"D2","에":"uN1N1","원":"K499","전화":"c9ii"},"initials":{},"opens":{"에":"uN1N1"}});
