phrasebookSearchLoaded("han-keys-12", {"grams":{"公司":"E1"}});
