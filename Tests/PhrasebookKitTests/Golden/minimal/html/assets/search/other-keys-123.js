phrasebookSearchLoaded("other-keys-123", {"words":{"to":"N4"}});
