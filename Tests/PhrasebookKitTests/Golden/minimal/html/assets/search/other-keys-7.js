phrasebookSearchLoaded("other-keys-7", {"words":{"hotline":"W4","how":"N4"}});
