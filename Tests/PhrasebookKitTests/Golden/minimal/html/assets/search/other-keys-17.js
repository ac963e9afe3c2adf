phrasebookSearchLoaded("other-keys-17", {"words":{}});
