phrasebookSearchLoaded("hangul-keys-80", {"follows":{},"grams":{"말":"D2","에":"uN1N1","원":"K499","전화":"c9ii","전화가":"li","전화로":"Z1"},"initials":{"ㅇㄷ":"+2","ㅇㄷㅇ":"+2"},"opens":{"에":"uN1N1"}});
