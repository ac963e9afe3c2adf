phrasebookSearchLoaded("other-keys-76", {"words":{"from":"*1"}});
