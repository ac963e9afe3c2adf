phrasebookSearchLoaded("other-keys-65", {"words":{"no":"A3"}});
