phrasebookSearchLoaded("hangul-keys-0", {"follows":{},"grams":{"가":"miiI29","좀":"C2"},"initials":{},"opens":{"가":"miiI29","저":"c99999E1"},"starts":{"가":"B4","좀":"C2"}});
