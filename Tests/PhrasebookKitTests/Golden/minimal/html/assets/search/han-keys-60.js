phrasebookSearchLoaded("han-keys-60", {"grams":{}});
