phrasebookSearchLoaded("other-keys-56", {"words":{}});
