phrasebookSearchLoaded("other-keys-88", {"words":{"문장":"u"}});
