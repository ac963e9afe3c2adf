phrasebookSearchLoaded("other-keys-84", {"words":{}});
