phrasebookSearchLoaded("other-keys-111", {"words":{}});
