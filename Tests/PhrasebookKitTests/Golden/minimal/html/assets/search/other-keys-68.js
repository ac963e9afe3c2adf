phrasebookSearchLoaded("other-keys-68", {"words":{}});
