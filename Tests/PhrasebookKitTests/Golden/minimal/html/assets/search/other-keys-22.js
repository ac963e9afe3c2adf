phrasebookSearchLoaded("other-keys-22", {"words":{"you":"+1R2","your":"K1"}});
