phrasebookSearchLoaded("han-keys-104", {"grams":{"一部":"W1","拨":"W1","表":"Q4","话接":"i","部":"W1","间停":"r"}});
