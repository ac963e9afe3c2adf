phrasebookSearchLoaded("han-keys-93", {"grams":{"话":"99iia"}});
