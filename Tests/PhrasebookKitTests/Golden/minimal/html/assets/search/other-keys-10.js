phrasebookSearchLoaded("other-keys-10", {"words":{}});
