phrasebookSearchLoaded("other-keys-127", {"words":{}});
