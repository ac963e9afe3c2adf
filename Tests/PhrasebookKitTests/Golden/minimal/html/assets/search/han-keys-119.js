phrasebookSearchLoaded("han-keys-119", {"grams":{"请":"W1.19","起":"W1"}});
