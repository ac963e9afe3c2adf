phrasebookSearchLoaded("other-keys-0", {"words":{}});
