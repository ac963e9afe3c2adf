phrasebookSearchLoaded("han-keys-96", {"grams":{"你":"H4","无":"9R2"}});
