phrasebookSearchLoaded("han-keys-44", {"grams":{"听":"iE1i"}});
