phrasebookSearchLoaded("other-keys-110", {"words":{}});
