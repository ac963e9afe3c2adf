phrasebookSearchLoaded("han-keys-56", {"grams":{}});
