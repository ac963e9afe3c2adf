phrasebookSearchLoaded("han-keys-35", {"grams":{"不耐":"I2","停顿":"ri"}});
