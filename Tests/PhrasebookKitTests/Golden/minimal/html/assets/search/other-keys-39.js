phrasebookSearchLoaded("other-keys-39", {"words":{}});
