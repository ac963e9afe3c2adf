phrasebookSearchLoaded("other-keys-48", {"words":{}});
