phrasebookSearchLoaded("han-keys-105", {"grams":{"怎样":"H4","说话":"A2"}});
