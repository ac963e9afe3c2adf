phrasebookSearchLoaded("hangul-keys-64", {"follows":{},"grams":{"지":"mE1"},"initials":{},"opens":{"녀":"H1(2","지":"mE1D3"},"starts":{}});
