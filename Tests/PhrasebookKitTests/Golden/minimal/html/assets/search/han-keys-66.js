phrasebookSearchLoaded("han-keys-66", {"grams":{}});
