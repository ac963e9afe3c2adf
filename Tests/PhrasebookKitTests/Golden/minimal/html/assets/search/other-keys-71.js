phrasebookSearchLoaded("other-keys-71", {"words":{}});
