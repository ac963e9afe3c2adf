phrasebookSearchLoaded("other-keys-4", {"words":{}});
