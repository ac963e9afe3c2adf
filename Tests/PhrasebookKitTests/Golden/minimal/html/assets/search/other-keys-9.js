phrasebookSearchLoaded("other-keys-9", {"words":{}});
