phrasebookSearchLoaded("other-keys-121", {"words":{"hanging":"F2","have":")3"}});
