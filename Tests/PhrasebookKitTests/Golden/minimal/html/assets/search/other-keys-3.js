phrasebookSearchLoaded("other-keys-3", {"words":{}});
