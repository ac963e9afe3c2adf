phrasebookSearchLoaded("other-keys-100", {"words":{}});
