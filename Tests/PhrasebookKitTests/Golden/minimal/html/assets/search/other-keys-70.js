phrasebookSearchLoaded("other-keys-70", {"words":{}});
