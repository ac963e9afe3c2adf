phrasebookSearchLoaded("other-keys-83", {"words":{"but":"o"}});
