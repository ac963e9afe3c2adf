phrasebookSearchLoaded("hangul-keys-88", {"follows":{},"grams":{"님":"lE1","담원":"T4","문장":"u","테스":"H1","테스트":"H1","하":"H1r"},"initials":{},"opens":{"하":"H1i9"}});
