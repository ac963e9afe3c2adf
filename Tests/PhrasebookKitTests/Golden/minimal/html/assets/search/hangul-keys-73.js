phrasebookSearchLoaded("hangul-keys-73", {"follows":{"주ㅅ":"Z1I2"},"grams":{"앉":"Y3"},"initials":{"ㅉ":"L2N1i"},"opens":{},"starts":{"앉":"Y3"}});
