phrasebookSearchLoaded("han-keys-26", {"grams":{"业":"D3W1","通":"ii"}});
