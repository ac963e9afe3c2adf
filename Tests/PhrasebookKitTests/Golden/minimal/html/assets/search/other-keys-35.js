phrasebookSearchLoaded("other-keys-35", {"words":{"停顿3秒左右":"N1"}});
