phrasebookSearchLoaded("han-keys-13", {"grams":{"不":"iF199","再":"W19.1","服":"Q4"}});
