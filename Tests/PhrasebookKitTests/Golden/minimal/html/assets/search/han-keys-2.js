phrasebookSearchLoaded("han-keys-2", {"grams":{"喂":".1","挂":".1"}});
