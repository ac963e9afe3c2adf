phrasebookSearchLoaded("other-keys-108", {"words":{"come":"E4","company":"K1","connected":"K1","connects":"o","counter":"J3W1"}});
