phrasebookSearchLoaded("other-keys-50", {"words":{}});
