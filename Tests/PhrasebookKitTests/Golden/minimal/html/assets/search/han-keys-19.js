phrasebookSearchLoaded("han-keys-19", {"grams":{"机再":"W1"}});
