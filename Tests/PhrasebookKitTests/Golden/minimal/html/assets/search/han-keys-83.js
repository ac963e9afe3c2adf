phrasebookSearchLoaded("han-keys-83", {"grams":{"姓":"W1"}});
