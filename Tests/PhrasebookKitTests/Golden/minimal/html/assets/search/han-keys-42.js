phrasebookSearchLoaded("han-keys-42", {"grams":{}});
