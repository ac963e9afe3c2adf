phrasebookSearchLoaded("other-keys-67", {"words":{"between":"B1"}});
