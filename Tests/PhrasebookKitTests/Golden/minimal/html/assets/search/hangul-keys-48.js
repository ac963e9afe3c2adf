phrasebookSearchLoaded("hangul-keys-48", {"follows":{},"grams":{"결":"li","기":"ui9","됐지":"l","됐지만":"l"},"initials":{},"opens":{"기":"ui9"},"starts":{"기":"ui"}});
