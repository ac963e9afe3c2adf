phrasebookSearchLoaded("other-keys-81", {"words":{"what":"N4"}});
