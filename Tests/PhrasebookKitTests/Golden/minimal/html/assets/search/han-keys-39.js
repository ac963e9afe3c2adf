phrasebookSearchLoaded("han-keys-39", {"grams":{}});
