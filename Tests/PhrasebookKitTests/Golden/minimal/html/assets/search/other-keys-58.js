phrasebookSearchLoaded("other-keys-58", {"words":{}});
