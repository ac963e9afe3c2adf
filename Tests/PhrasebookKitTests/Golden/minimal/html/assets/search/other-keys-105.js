phrasebookSearchLoaded("other-keys-105", {"words":{"clerk":".4","i":"*19I2"}});
