phrasebookSearchLoaded("other-keys-44", {"words":{"am":"N4"}});
