phrasebookSearchLoaded("han-keys-76", {"grams":{}});
