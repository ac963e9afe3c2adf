phrasebookSearchLoaded("han-keys-72", {"grams":{"先":"W1","就这":"H4","电话":"99i","这态":"H4"}});
