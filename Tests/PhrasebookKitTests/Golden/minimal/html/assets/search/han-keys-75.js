phrasebookSearchLoaded("han-keys-75", {"grams":{"之":"r","测":"E1","请慢":"-3"}});
