phrasebookSearchLoaded("other-keys-34", {"words":{}});
