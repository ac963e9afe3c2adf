phrasebookSearchLoaded("han-3", {"ids":[39,3,3,3,3],"texts":"您好,欢迎光临,请坐。￿请慢走,欢迎再来。￿我就这态度,你要怎样?￿客服代表￿营业员￿"});
