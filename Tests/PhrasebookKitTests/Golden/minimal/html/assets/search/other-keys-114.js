phrasebookSearchLoaded("other-keys-114", {"words":{"customer":"S3"}});
