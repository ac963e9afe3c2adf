phrasebookSearchLoaded("han-keys-57", {"grams":{"头语":"0","请坐":"V3"}});
