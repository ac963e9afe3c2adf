phrasebookSearchLoaded("han-keys-58", {"grams":{"您换":"W1","机":"W1"}});
