phrasebookSearchLoaded("other-keys-69", {"words":{}});
