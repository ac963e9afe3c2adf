phrasebookSearchLoaded("other-keys-43", {"words":{"it":"N4"}});
