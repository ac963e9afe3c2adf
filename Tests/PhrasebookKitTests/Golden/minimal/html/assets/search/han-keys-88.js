phrasebookSearchLoaded("han-keys-88", {"grams":{"员":"Z4"}});
