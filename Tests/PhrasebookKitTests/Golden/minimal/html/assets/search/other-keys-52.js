phrasebookSearchLoaded("other-keys-52", {"words":{"기다립니다":"ui"}});
