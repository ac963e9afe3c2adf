phrasebookSearchLoaded("han-keys-103", {"grams":{}});
