phrasebookSearchLoaded("han-keys-31", {"grams":{"生":"W1"}});
