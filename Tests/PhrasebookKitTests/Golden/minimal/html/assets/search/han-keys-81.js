phrasebookSearchLoaded("han-keys-81", {"grams":{}});
