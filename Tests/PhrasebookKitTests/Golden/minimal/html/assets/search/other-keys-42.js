phrasebookSearchLoaded("other-keys-42", {"words":{"is":"oi"}});
