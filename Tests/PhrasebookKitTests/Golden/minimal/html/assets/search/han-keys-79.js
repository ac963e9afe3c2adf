phrasebookSearchLoaded("han-keys-79", {"grams":{"每":"r"}});
