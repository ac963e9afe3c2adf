phrasebookSearchLoaded("han-keys-77", {"grams":{"仍":"(2","左右":"N1"}});
