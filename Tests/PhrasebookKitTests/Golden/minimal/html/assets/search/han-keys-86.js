phrasebookSearchLoaded("han-keys-86", {"grams":{"耐烦":"I2"}});
