phrasebookSearchLoaded("other-keys-126", {"words":{}});
