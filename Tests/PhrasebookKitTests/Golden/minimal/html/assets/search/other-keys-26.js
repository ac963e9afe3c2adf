phrasebookSearchLoaded("other-keys-26", {"words":{}});
