phrasebookSearchLoaded("other-keys-106", {"words":{}});
