phrasebookSearchLoaded("other-keys-46", {"words":{}});
