phrasebookSearchLoaded("han-keys-34", {"grams":{"客":"iW1iiE1","欢":"V39","谢":"X1"}});
