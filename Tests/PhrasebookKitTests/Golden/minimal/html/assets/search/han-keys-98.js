phrasebookSearchLoaded("han-keys-98", {"grams":{"慢":"-3","换":"W1"}});
