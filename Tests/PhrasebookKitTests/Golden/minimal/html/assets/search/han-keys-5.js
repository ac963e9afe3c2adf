phrasebookSearchLoaded("han-keys-5", {"grams":{"厅":"D3"}});
