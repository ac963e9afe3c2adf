phrasebookSearchLoaded("han-keys-46", {"grams":{}});
