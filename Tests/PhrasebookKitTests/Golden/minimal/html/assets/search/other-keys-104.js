phrasebookSearchLoaded("other-keys-104", {"words":{"going":"N4","goodbye":"E4"}});
