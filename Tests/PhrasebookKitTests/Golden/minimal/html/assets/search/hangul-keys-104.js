phrasebookSearchLoaded("hangul-keys-104", {"follows":{},"grams":{"결되":"H1","송합":"Z1","어서":"Y3","태도":"K4"},"initials":{},"opens":{}});
