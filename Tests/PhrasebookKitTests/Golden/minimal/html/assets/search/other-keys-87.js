phrasebookSearchLoaded("other-keys-87", {"words":{}});
