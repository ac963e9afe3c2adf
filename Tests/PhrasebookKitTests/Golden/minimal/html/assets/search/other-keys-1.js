phrasebookSearchLoaded("other-keys-1", {"words":{}});
