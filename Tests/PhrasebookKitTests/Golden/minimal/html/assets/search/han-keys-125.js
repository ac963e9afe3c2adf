phrasebookSearchLoaded("han-keys-125", {"grams":{"好":"E1R2","话机":"W1"}});
