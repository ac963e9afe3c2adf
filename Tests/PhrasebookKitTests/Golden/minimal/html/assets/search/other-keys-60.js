phrasebookSearchLoaded("other-keys-60", {"words":{}});
