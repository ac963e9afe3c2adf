phrasebookSearchLoaded("other-keys-85", {"words":{}});
