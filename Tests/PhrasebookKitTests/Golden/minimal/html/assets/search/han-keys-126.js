phrasebookSearchLoaded("han-keys-126", {"grams":{"业员":"Z4","无回":"(2"}});
