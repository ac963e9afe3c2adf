phrasebookSearchLoaded("other-keys-23", {"words":{}});
