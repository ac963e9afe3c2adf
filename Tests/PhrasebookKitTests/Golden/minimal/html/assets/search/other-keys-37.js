phrasebookSearchLoaded("other-keys-37", {"words":{"mr":"*1"}});
