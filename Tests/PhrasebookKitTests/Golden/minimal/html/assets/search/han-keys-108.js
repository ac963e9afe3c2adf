phrasebookSearchLoaded("han-keys-108", {"grams":{"公":"E1","欢迎":"V39","的声":"iE1"}});
