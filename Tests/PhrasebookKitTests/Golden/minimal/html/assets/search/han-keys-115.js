phrasebookSearchLoaded("han-keys-115", {"grams":{"右":"N1","已接":"E1","音":"iE1"}});
