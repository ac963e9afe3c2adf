phrasebookSearchLoaded("han-keys-67", {"grams":{"不到":"iE1"}});
