phrasebookSearchLoaded("other-keys-103", {"words":{}});
