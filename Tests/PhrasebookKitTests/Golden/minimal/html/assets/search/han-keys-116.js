phrasebookSearchLoaded("han-keys-116", {"grams":{"说":"A2","间":"r"}});
