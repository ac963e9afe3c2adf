phrasebookSearchLoaded("han-keys-112", {"grams":{"声":"99E1","走":"-3"}});
