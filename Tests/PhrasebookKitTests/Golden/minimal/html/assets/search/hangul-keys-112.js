phrasebookSearchLoaded("hangul-keys-112", {"follows":{},"grams":{"데":"K4","연":"li"},"initials":{},"opens":{"거":"Z1R2","데":"K4","며":"C2","조":"C2"}});
