phrasebookSearchLoaded("han-keys-7", {"grams":{"不说":".1","顿约":"r"}});
