phrasebookSearchLoaded("entries-avoid-0", {"entries":"situations/silent-call.html#silent-call-hang-up￿1￿喂，说话呀！再不说话我就挂了啊！￿여보세요, 말 좀 해요! 말 안 하면 끊어요!￿Hello? Say something! I'm hanging up!￿"});
