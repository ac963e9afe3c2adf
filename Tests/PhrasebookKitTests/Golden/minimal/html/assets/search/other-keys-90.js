phrasebookSearchLoaded("other-keys-90", {"words":{}});
