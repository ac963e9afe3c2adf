phrasebookSearchLoaded("han-keys-20", {"grams":{"应":"(2"}});
