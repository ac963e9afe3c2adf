phrasebookSearchLoaded("entries-when-0", {"entries":"situations/silent-call.html#silent-call-when￿1￿电话接通后听不到客户的声音。￿전화가 연결됐지만 고객님 목소리가 들리지 않습니다.￿The call connects but the caller is silent.￿"});
