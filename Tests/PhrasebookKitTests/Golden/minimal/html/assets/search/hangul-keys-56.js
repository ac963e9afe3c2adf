phrasebookSearchLoaded("hangul-keys-56", {"follows":{"됐ㅈ":"l","방ㅁ":"B4"},"grams":{"가세":"B4","문":"uD3","세":"H1rX1a","트":"H1"},"initials":{"ㄸ":"+2E1"},"opens":{"세":"H1rX1a","트":"H1"}});
