phrasebookSearchLoaded("other-keys-31", {"words":{}});
