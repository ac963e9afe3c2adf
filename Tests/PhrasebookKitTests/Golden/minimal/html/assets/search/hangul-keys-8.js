phrasebookSearchLoaded("hangul-keys-8", {"follows":{},"grams":{"게는":"L2","여보":"C2","초":"ui","화로":"Z1","히":"+2E1"},"initials":{},"opens":{"즈":"L2","초":"ui","히":"+2E1"}});
