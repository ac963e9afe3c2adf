phrasebookSearchLoaded("other-keys-53", {"words":{"3초":"Q1","5":"B1"}});
