phrasebookSearchLoaded("other-keys-102", {"words":{}});
