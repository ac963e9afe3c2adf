phrasebookSearchLoaded("hangul-1", {"ids":[16,3],"texts":"3초 정도 기다립니다.￿죄송합니다, [성] 고객님. 목소리가 들리지 않습니다. 다른 전화로 다시 걸어 주시기 바랍니다.￿"});
