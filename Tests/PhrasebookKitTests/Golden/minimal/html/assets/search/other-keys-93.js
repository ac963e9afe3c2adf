phrasebookSearchLoaded("other-keys-93", {"words":{}});
