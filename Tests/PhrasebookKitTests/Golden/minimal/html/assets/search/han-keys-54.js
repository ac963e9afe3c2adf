phrasebookSearchLoaded("han-keys-54", {"grams":{}});
