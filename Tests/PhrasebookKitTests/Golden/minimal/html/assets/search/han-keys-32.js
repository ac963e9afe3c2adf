phrasebookSearchLoaded("han-keys-32", {"grams":{"再不":".1"}});
