phrasebookSearchLoaded("other-keys-38", {"words":{"again":"*1I2","agent":"W4"}});
