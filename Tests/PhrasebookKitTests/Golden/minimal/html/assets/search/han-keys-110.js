phrasebookSearchLoaded("han-keys-110", {"grams":{}});
