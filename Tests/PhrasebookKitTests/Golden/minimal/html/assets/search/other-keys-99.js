phrasebookSearchLoaded("other-keys-99", {"words":{}});
