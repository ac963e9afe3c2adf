phrasebookSearchLoaded("other-keys-82", {"words":{"seat":")3","seconds":"B1i"}});
