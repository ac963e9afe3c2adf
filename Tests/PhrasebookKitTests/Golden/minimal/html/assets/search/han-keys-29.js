phrasebookSearchLoaded("han-keys-29", {"grams":{"接客":"M3"}});
