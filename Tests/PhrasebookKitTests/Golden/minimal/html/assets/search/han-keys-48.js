phrasebookSearchLoaded("han-keys-48", {"grams":{"到":"iE1i"}});
