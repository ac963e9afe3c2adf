phrasebookSearchLoaded("han-keys-90", {"grams":{}});
