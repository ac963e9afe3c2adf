phrasebookSearchLoaded("han-keys-18", {"grams":{}});
