phrasebookSearchLoaded("han-keys-49", {"grams":{"就":".1I2","的电":"E1"}});
