phrasebookSearchLoaded("han-keys-120", {"grams":{"再来":"-3","到您":"W1","司":"E1"}});
