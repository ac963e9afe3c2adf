phrasebookSearchLoaded("other-keys-6", {"words":{}});
