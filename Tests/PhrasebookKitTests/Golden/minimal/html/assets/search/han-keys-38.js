phrasebookSearchLoaded("han-keys-38", {"grams":{"度":"H4","约":"r"}});
