phrasebookSearchLoaded("han-keys-70", {"grams":{}});
