phrasebookSearchLoaded("other-keys-109", {"words":{"m":"F2"}});
