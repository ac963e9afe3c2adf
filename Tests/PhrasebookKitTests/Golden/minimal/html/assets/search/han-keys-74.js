phrasebookSearchLoaded("han-keys-74", {"grams":{"啊":".1"}});
