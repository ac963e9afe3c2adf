phrasebookSearchLoaded("other-keys-8", {"words":{}});
