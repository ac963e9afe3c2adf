phrasebookSearchLoaded("other-keys-73", {"words":{}});
