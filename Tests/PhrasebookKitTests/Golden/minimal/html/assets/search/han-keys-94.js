phrasebookSearchLoaded("han-keys-94", {"grams":{"后听":"i","回":"(2","换一":"W1"}});
