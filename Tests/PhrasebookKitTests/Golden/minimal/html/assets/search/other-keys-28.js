phrasebookSearchLoaded("other-keys-28", {"words":{}});
