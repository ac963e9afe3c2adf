phrasebookSearchLoaded("other-keys-92", {"words":{"something":"F2","sorry":"*1"}});
