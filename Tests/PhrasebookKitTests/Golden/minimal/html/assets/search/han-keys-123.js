phrasebookSearchLoaded("han-keys-123", {"grams":{"再拨":"W1"}});
