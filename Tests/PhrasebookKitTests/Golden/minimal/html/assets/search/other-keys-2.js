phrasebookSearchLoaded("other-keys-2", {"words":{"prompts":"B1"}});
