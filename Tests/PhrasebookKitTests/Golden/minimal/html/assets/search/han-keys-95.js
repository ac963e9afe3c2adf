phrasebookSearchLoaded("han-keys-95", {"grams":{}});
