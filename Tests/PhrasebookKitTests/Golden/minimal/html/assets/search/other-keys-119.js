phrasebookSearchLoaded("other-keys-119", {"words":{}});
