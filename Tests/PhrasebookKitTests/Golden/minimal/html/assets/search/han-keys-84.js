phrasebookSearchLoaded("han-keys-84", {"grams":{"到的":"I2","秒左":"N1","话我":".1"}});
