phrasebookSearchLoaded("other-keys-55", {"words":{}});
