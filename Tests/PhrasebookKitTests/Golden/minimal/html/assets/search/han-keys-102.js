phrasebookSearchLoaded("han-keys-102", {"grams":{"左":"N1","烦":"I2"}});
