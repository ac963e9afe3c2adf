phrasebookSearchLoaded("other-keys-5", {"words":{}});
