phrasebookSearchLoaded("other-keys-96", {"words":{}});
