phrasebookSearchLoaded("other-keys-30", {"words":{}});
