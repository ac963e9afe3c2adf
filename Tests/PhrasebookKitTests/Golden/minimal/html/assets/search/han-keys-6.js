phrasebookSearchLoaded("han-keys-6", {"grams":{"了":".1","句之":"r"}});
