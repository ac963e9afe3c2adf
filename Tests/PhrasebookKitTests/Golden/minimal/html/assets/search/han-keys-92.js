phrasebookSearchLoaded("han-keys-92", {"grams":{"停":"ri","您的":"E1i"}});
