phrasebookSearchLoaded("han-keys-99", {"grams":{"代":"Q4"}});
