phrasebookSearchLoaded("other-keys-79", {"words":{"정도":"ui"}});
