phrasebookSearchLoaded("other-keys-40", {"words":{}});
