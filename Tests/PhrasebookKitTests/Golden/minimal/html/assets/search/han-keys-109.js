phrasebookSearchLoaded("han-keys-109", {"grams":{"语":"0"}});
