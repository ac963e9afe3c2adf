phrasebookSearchLoaded("han-keys-111", {"grams":{}});
