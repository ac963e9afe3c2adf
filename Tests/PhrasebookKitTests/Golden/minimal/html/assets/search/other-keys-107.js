phrasebookSearchLoaded("other-keys-107", {"words":{}});
