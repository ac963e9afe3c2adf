phrasebookSearchLoaded("han-keys-59", {"grams":{"迎光":"V3"}});
