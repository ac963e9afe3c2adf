phrasebookSearchLoaded("han-keys-30", {"grams":{}});
