phrasebookSearchLoaded("han-keys-114", {"grams":{"到客":"i","已":"E1"}});
