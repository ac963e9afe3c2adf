phrasebookSearchLoaded("han-keys-82", {"grams":{"秒":"ri"}});
