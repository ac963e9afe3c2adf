phrasebookSearchLoaded("hangul-keys-19", {"follows":{"무ㅇ":"c","어ㅇ":"C2"},"grams":{"앉으":"Y3","앉으세":"Y3"},"initials":{},"opens":{},"starts":{"앉으":"Y3","앉으세":"Y3"}});
