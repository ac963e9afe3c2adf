phrasebookSearchLoaded("other-keys-54", {"words":{}});
