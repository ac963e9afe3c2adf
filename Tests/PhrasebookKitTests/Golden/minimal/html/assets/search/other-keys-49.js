phrasebookSearchLoaded("other-keys-49", {"words":{"are":"N4"}});
