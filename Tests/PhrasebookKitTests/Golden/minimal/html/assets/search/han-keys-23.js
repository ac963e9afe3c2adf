phrasebookSearchLoaded("han-keys-23", {"grams":{"迎接":"M3"}});
