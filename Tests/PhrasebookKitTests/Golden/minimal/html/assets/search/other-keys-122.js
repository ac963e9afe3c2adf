phrasebookSearchLoaded("other-keys-122", {"words":{}});
