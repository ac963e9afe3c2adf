phrasebookSearchLoaded("han-keys-27", {"grams":{}});
