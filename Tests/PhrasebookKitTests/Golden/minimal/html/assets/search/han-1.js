phrasebookSearchLoaded("han-1", {"ids":[15,3],"texts":"停顿3秒左右。￿对不起,〔姓〕先生,听不到您的声音,请您换一部话机再拨,谢谢。￿"});
