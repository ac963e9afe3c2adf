phrasebookSearchLoaded("han-keys-64", {"grams":{"呀":".1","我就":".1I2","谢谢":"W1"}});
