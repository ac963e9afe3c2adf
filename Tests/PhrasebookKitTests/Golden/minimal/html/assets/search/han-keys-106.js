phrasebookSearchLoaded("han-keys-106", {"grams":{"测试":"E1"}});
