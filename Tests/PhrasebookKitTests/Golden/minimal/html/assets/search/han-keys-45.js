phrasebookSearchLoaded("han-keys-45", {"grams":{"户的":"i","要怎":"H4"}});
