phrasebookSearchLoaded("other-keys-12", {"words":{}});
