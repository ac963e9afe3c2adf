phrasebookSearchLoaded("other-keys-118", {"words":{"每句之间停顿约5秒":"r"}});
