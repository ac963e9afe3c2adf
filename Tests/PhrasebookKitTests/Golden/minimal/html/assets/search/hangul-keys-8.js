phrasebookSearchLoaded("hangul-keys-8", {"follows":{},"grams":{"무음":"c","여보":"C2","여보세":"C2","지만":"l","초":"ui","화로":"Z1","히":"+2E1"},"initials":{},"opens":{"즈":"L2","초":"ui","히":"+2E1"}});
