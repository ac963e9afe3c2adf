phrasebookSearchLoaded("han-keys-97", {"grams":{"听不":"iE1"}});
