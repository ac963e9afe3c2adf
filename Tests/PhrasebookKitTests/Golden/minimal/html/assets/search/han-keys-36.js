phrasebookSearchLoaded("han-keys-36", {"grams":{}});
