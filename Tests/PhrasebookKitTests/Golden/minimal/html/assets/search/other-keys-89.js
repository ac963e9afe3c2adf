phrasebookSearchLoaded("other-keys-89", {"words":{}});
