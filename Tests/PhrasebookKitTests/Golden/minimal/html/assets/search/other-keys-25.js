phrasebookSearchLoaded("other-keys-25", {"words":{}});
