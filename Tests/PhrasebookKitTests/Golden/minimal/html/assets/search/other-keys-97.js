phrasebookSearchLoaded("other-keys-97", {"words":{"a":"S39","opening":"6","still":"A3"}});
