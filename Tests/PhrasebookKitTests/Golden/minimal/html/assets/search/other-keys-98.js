phrasebookSearchLoaded("other-keys-98", {"words":{"surname":"*1"}});
