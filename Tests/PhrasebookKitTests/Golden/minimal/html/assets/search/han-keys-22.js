phrasebookSearchLoaded("han-keys-22", {"grams":{}});
