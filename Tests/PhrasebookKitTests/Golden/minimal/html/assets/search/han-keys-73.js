phrasebookSearchLoaded("han-keys-73", {"grams":{"光":"V3"}});
