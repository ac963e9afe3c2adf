phrasebookSearchLoaded("other-keys-113", {"words":{"pause":"B1i","test":"K1"}});
