phrasebookSearchLoaded("entries-taboo-0", {"entries":"taboos.html#taboo-my-attitude￿3￿我就这态度，你要怎样？￿내 태도가 원래 이래요, 어쩔 건데요?￿That's just how I am. What are you going to do about it?￿"});
