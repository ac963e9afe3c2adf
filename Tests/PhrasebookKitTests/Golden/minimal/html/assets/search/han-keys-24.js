phrasebookSearchLoaded("han-keys-24", {"grams":{}});
