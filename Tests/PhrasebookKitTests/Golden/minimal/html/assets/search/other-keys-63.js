phrasebookSearchLoaded("other-keys-63", {"words":{}});
