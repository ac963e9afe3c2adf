phrasebookSearchLoaded("other-keys-61", {"words":{}});
