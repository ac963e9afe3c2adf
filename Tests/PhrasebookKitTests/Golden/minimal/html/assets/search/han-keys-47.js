phrasebookSearchLoaded("han-keys-47", {"grams":{"是":"I2"}});
