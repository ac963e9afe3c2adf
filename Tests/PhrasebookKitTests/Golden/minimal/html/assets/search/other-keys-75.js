phrasebookSearchLoaded("other-keys-75", {"words":{"just":"N4"}});
