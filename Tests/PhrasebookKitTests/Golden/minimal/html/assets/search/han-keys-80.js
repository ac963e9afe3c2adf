phrasebookSearchLoaded("han-keys-80", {"grams":{"坐":"V3"}});
