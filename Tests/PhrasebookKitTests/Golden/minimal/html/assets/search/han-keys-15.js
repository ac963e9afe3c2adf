phrasebookSearchLoaded("han-keys-15", {"grams":{}});
