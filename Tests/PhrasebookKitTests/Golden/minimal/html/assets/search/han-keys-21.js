phrasebookSearchLoaded("han-keys-21", {"grams":{"接通":"ii","营业":"D3W1"}});
