phrasebookSearchLoaded("entries-note-0", {"entries":"situations/silent-call.html#silent-call-connected￿1￿停顿3秒左右。￿3초 정도 기다립니다.￿Pause about 3 seconds.￿"});
