phrasebookSearchLoaded("han-keys-107", {"grams":{}});
