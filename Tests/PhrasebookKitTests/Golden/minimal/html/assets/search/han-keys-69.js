phrasebookSearchLoaded("han-keys-69", {"grams":{"声电":"9","态度":"H4"}});
