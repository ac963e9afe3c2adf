phrasebookSearchLoaded("other-keys-101", {"words":{}});
