phrasebookSearchLoaded("other-keys-15", {"words":{}});
