phrasebookSearchLoaded("entries-turn-0", {"entries":"situations/silent-call.html#silent-call-example-turn-2￿1￿……￿……￿…￿"});
