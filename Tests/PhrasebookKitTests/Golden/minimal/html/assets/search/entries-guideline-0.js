phrasebookSearchLoaded("entries-guideline-0", {"entries":"situations/silent-call.html#silent-call-guideline-1￿1￿每句之间停顿约5秒。￿문장 사이에 5초 정도 기다립니다.￿Pause about 5 seconds between prompts.￿"});
