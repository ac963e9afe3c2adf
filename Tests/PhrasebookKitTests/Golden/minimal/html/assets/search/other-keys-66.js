phrasebookSearchLoaded("other-keys-66", {"words":{}});
