phrasebookSearchLoaded("han-keys-8", {"grams":{}});
