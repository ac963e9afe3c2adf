phrasebookSearchLoaded("han-keys-89", {"grams":{"这":"H4"}});
