phrasebookSearchLoaded("han-keys-51", {"grams":{"仍无":"(2"}});
