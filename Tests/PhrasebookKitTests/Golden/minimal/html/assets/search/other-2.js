phrasebookSearchLoaded("other-2", {"ids":[23,3,1,1,1,3,3,3],"texts":"hello? say something! i'm hanging up!￿the caller hears impatience.￿……￿……￿…￿still no answer￿counter￿welcoming a customer￿"});
