phrasebookSearchLoaded("han-keys-52", {"grams":{"临":"V3","头":"0","对不":"W1","开头":"0","通后":"i"}});
