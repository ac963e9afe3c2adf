phrasebookSearchLoaded("hangul-keys-53", {"follows":{},"grams":{"습":"lii","시작":"3","통":"3"},"initials":{},"opens":{}});
