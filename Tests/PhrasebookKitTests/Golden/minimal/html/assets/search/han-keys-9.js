phrasebookSearchLoaded("han-keys-9", {"grams":{"之间":"r"}});
