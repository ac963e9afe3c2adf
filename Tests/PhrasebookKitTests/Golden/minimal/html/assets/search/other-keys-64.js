phrasebookSearchLoaded("other-keys-64", {"words":{}});
