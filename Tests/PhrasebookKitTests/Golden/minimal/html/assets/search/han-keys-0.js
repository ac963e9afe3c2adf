phrasebookSearchLoaded("han-keys-0", {"grams":{"一":"W1","开":"0"}});
