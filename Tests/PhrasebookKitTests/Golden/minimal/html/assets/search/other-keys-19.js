phrasebookSearchLoaded("other-keys-19", {"words":{}});
