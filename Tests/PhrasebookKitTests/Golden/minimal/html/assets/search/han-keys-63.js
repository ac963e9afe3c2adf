phrasebookSearchLoaded("han-keys-63", {"grams":{}});
