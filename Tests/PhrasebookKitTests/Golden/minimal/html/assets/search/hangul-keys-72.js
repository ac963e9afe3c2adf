phrasebookSearchLoaded("hangul-keys-72", {"follows":{},"grams":{"니":"l9a9bi","들리":"lE1","사이":"u","안":"H1r.1","었":"H1","원래":"K4"},"initials":{"ㅈ":"39ba99b99iE1r"},"opens":{"니":"m9a9bi","마":"lO1N1"}});
