phrasebookSearchLoaded("other-keys-36", {"words":{"impatience":"O2"}});
