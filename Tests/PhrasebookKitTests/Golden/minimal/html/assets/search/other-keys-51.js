phrasebookSearchLoaded("other-keys-51", {"words":{"3":"T1"}});
