phrasebookSearchLoaded("hangul-keys-74", {"follows":{"객ㅇ":"L2","전ㅎ":"c9iiE1","증ㅇ":"L2"},"grams":{"끊":"C2","않":"lE1"},"initials":{"ㅇㄱ":"liE1","ㅇㄱㄴ":"L2","ㅇㄱㄷ":"li","ㅊ":"uiW1W1"},"opens":{}});
