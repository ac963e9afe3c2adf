phrasebookSearchLoaded("other-keys-20", {"words":{}});
