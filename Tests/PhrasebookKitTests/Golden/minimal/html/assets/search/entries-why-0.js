phrasebookSearchLoaded("entries-why-0", {"entries":"situations/silent-call.html#silent-call-hang-up￿1￿客户听到的是不耐烦。￿고객에게는 짜증으로 들립니다.￿The caller hears impatience.￿"});
