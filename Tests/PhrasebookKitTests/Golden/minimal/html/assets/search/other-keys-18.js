phrasebookSearchLoaded("other-keys-18", {"words":{}});
