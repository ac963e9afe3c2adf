phrasebookSearchLoaded("han-keys-1", {"grams":{"态":"H4","要":"H4"}});
