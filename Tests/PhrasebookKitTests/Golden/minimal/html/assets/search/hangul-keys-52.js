phrasebookSearchLoaded("hangul-keys-52", {"follows":{},"grams":{"기다":"ui","내":"K4","무":"c","어":"Z19W1i"},"initials":{"ㄴ":"m9b9bjW19"},"opens":{"내":"K4","무":"ciD3","어":"H1i9rri"}});
