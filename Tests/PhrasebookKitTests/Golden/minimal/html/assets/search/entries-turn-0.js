phrasebookSearchLoaded("entries-turn-0", {"entries":"situations/silent-call.html#silent-call-example￿1￿……￿……￿…￿"});
