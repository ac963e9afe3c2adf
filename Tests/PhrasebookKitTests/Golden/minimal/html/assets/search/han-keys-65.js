phrasebookSearchLoaded("han-keys-65", {"grams":{}});
