phrasebookSearchLoaded("other-keys-27", {"words":{"up":"F2"}});
