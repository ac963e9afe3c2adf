phrasebookSearchLoaded("hangul-keys-48", {"follows":{},"grams":{"결":"li","기":"ui9","됐지":"l","되었":"H1"},"initials":{},"opens":{"기":"ui9"}});
