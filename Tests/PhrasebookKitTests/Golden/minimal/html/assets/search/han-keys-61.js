phrasebookSearchLoaded("han-keys-61", {"grams":{}});
