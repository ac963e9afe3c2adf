phrasebookSearchLoaded("han-keys-17", {"grams":{"我":".1I2","请您":"W1"}});
