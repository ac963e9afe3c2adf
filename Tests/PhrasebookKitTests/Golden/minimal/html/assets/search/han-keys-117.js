phrasebookSearchLoaded("han-keys-117", {"grams":{"部话":"W1"}});
