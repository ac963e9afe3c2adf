phrasebookSearchLoaded("other-keys-117", {"words":{}});
