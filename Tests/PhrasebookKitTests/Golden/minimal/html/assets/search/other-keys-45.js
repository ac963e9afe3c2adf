phrasebookSearchLoaded("other-keys-45", {"words":{"and":")39","another":"*1","answer":"A3"}});
