phrasebookSearchLoaded("han-keys-55", {"grams":{"户":"iW1ii","样":"H4","试公":"E1"}});
