phrasebookSearchLoaded("entries-chapter-0", {"entries":"index.html#chapter-opening￿0￿开头语￿통화 시작￿Opening￿index.html#chapter-counter￿0￿营业厅￿창구￿Counter￿"});
