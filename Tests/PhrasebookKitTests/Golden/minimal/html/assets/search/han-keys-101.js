phrasebookSearchLoaded("han-keys-101", {"grams":{"代表":"Q4","句":"r","来":"-3"}});
