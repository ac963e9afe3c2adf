phrasebookSearchLoaded("han-keys-127", {"grams":{"迎再":"-3","顿":"ri"}});
