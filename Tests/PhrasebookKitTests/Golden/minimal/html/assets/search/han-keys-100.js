phrasebookSearchLoaded("han-keys-100", {"grams":{}});
