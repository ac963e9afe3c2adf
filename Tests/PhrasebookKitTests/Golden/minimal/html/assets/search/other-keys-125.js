phrasebookSearchLoaded("other-keys-125", {"words":{"hear":"*1","hears":"O2","hello":"K1rW1"}});
