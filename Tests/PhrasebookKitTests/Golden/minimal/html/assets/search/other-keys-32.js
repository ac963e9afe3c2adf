phrasebookSearchLoaded("other-keys-32", {"words":{}});
