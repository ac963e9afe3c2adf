phrasebookSearchLoaded("other-keys-112", {"words":{}});
