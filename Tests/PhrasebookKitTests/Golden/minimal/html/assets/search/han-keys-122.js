phrasebookSearchLoaded("han-keys-122", {"grams":{}});
