phrasebookSearchLoaded("other-keys-77", {"words":{}});
