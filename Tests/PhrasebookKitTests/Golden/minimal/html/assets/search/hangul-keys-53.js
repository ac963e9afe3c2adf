phrasebookSearchLoaded("hangul-keys-53", {"follows":{},"grams":{"습":"lii","통":"3"},"initials":{},"opens":{},"starts":{"통":"3"}});
