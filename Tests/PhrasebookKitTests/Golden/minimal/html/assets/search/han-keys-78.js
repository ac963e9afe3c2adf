phrasebookSearchLoaded("han-keys-78", {"grams":{"慢走":"-3","迎":"M399"}});
