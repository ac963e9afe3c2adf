phrasebookSearchLoaded("other-keys-41", {"words":{}});
