phrasebookSearchLoaded("other-keys-78", {"words":{"say":"F2","welcome":")3","welcoming":"S3"}});
