phrasebookSearchLoaded("hangul-keys-76", {"follows":{},"grams":{"결됐":"l","결됐지":"l","때":"+2","만":"l","음":"c","테":"H1"},"initials":{"ㅌ":"3F1D3"},"opens":{"때":"+2","워":"K499","쩌":"K4","테":"H1"}});
