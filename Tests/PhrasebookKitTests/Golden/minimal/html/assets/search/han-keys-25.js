phrasebookSearchLoaded("han-keys-25", {"grams":{}});
