phrasebookSearchLoaded("han-keys-10", {"grams":{"不起":"W1"}});
