phrasebookSearchLoaded("other-keys-59", {"words":{}});
