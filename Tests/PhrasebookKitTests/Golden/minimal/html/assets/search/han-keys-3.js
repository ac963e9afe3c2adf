phrasebookSearchLoaded("han-keys-3", {"grams":{"声音":"iE1","话呀":".1"}});
