phrasebookSearchLoaded("han-keys-37", {"grams":{"接":"iiI2","营":"D3W1"}});
