phrasebookSearchLoaded("han-keys-40", {"grams":{"您":"F1j.1"}});
