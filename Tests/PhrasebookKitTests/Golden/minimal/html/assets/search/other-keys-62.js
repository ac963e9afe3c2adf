phrasebookSearchLoaded("other-keys-62", {"words":{}});
