phrasebookSearchLoaded("other-keys-74", {"words":{}});
