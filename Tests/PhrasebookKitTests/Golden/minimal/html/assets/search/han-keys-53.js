phrasebookSearchLoaded("han-keys-53", {"grams":{"电":"99i","话已":"E1"}});
