phrasebookSearchLoaded("hangul-keys-104", {"follows":{},"grams":{"결되":"H1","결되었":"H1","바랍":"Z1","바랍니":"Z1","어서":"Y3","태도":"K4","태도가":"K4"},"initials":{},"opens":{}});
