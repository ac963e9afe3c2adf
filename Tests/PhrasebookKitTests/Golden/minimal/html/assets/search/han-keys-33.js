phrasebookSearchLoaded("han-keys-33", {"grams":{"你要":"H4"}});
