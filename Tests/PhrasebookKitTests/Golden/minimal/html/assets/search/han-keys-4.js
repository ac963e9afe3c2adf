phrasebookSearchLoaded("han-keys-4", {"grams":{"了啊":".1","听到":"I2","的":"iiii"}});
