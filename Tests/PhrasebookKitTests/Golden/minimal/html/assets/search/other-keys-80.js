phrasebookSearchLoaded("other-keys-80", {"words":{}});
