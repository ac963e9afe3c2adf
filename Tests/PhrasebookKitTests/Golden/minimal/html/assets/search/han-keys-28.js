phrasebookSearchLoaded("han-keys-28", {"grams":{}});
