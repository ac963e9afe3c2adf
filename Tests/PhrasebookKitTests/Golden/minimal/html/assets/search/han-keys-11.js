phrasebookSearchLoaded("han-keys-11", {"grams":{"光临":"V3"}});
