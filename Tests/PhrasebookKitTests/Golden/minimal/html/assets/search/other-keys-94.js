phrasebookSearchLoaded("other-keys-94", {"words":{"call":"f9ii","caller":"oW1","can":"*1"}});
