phrasebookSearchLoaded("han-keys-71", {"grams":{}});
