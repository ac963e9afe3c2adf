phrasebookSearchLoaded("han-keys-85", {"grams":{"客户":"iW1ii","您好":"E1R2","户听":"I2","试":"E1"}});
