phrasebookSearchLoaded("other-keys-57", {"words":{}});
