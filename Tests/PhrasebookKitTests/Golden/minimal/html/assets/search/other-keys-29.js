phrasebookSearchLoaded("other-keys-29", {"words":{}});
