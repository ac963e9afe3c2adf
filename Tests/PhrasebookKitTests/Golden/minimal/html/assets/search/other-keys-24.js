phrasebookSearchLoaded("other-keys-24", {"words":{}});
