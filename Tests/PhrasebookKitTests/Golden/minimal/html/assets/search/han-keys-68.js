phrasebookSearchLoaded("han-keys-68", {"grams":{"挂了":".1"}});
