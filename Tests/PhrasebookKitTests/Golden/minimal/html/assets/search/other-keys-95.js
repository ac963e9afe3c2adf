phrasebookSearchLoaded("other-keys-95", {"words":{}});
