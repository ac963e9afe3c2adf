phrasebookSearchLoaded("other-keys-16", {"words":{}});
