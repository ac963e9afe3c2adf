phrasebookSearchLoaded("han-keys-62", {"grams":{"是不":"I2"}});
