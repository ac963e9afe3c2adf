phrasebookSearchLoaded("other-keys-88", {"words":{}});
