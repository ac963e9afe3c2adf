phrasebookSearchLoaded("han-keys-124", {"grams":{}});
