phrasebookSearchLoaded("other-keys-21", {"words":{}});
