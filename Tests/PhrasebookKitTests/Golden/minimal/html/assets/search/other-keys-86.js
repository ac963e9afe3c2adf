phrasebookSearchLoaded("other-keys-86", {"words":{"silent":"f9"}});
