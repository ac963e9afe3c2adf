phrasebookSearchLoaded("han-keys-113", {"grams":{"就挂":".1"}});
