phrasebookSearchLoaded("han-keys-50", {"grams":{}});
