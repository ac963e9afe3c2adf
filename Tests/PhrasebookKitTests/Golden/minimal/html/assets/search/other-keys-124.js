phrasebookSearchLoaded("other-keys-124", {"words":{"please":"*1.1"}});
