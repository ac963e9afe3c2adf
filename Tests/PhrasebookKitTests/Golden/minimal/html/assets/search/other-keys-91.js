phrasebookSearchLoaded("other-keys-91", {"words":{}});
