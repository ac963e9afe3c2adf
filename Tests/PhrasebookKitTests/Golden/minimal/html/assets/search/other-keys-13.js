phrasebookSearchLoaded("other-keys-13", {"words":{}});
