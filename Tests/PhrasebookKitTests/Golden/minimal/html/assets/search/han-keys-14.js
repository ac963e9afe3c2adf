phrasebookSearchLoaded("han-keys-14", {"grams":{"后":"i","怎":"H4"}});
