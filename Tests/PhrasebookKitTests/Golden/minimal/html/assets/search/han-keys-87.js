phrasebookSearchLoaded("han-keys-87", {"grams":{"先生":"W1"}});
