phrasebookSearchLoaded("han-keys-118", {"grams":{"回应":"(2","户仍":"(2","服代":"Q4","每句":"r"}});
