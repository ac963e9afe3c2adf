phrasebookSearchLoaded("hangul-keys-112", {"follows":{},"grams":{"데":"K4","연":"li"},"initials":{"ㄷㅇ":"H1W1N19","ㄷㅇㅅ":"H1"},"opens":{"거":"Z1R2","데":"K4","며":"C2","조":"C2"},"starts":{"연":"li"}});
