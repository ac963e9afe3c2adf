phrasebookSearchLoaded("other-keys-33", {"words":{"about":"B1i(2"}});
