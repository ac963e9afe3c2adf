phrasebookSearchLoaded("hangul-keys-98", {"follows":{},"grams":{},"initials":{"ㄷㄹ":"l9iai","ㄷㄹㄴ":"uir","ㄷㄹㅈ":"lE1","ㅇㅉ":"Y3i","ㅇㅉㅇ":"Y3"},"opens":{},"starts":{}});
