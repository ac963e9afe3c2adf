phrasebookSearchLoaded("han-keys-121", {"grams":{"对":"W1"}});
