phrasebookSearchLoaded("han-keys-16", {"grams":{"无声":"9","耐":"I2"}});
