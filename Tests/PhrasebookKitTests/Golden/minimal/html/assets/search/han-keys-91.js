phrasebookSearchLoaded("han-keys-91", {"grams":{}});
