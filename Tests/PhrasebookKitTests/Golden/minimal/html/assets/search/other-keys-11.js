phrasebookSearchLoaded("other-keys-11", {"words":{"do":"E49"}});
