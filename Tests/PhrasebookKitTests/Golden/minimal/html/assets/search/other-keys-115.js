phrasebookSearchLoaded("other-keys-115", {"words":{"5초":"u","s":"N4"}});
