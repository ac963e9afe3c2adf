phrasebookSearchLoaded("other-keys-120", {"words":{"phone":"*1"}});
