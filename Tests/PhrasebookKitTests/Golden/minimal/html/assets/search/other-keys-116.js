phrasebookSearchLoaded("other-keys-116", {"words":{"t":"*1","thank":"*1","that":"N4","the":"pW1"}});
