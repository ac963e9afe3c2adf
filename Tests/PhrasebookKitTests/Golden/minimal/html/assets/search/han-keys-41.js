phrasebookSearchLoaded("han-keys-41", {"grams":{}});
