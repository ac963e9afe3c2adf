phrasebookSearchLoaded("other-keys-14", {"words":{}});
