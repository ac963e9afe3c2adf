phrasebookSearchLoaded("other-keys-47", {"words":{}});
