phrasebookSearchLoaded("other-keys-72", {"words":{"사이에":"u"}});
