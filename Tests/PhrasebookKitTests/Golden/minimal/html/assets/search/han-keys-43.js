phrasebookSearchLoaded("han-keys-43", {"grams":{"业厅":"D3","客服":"Q4","的是":"I2"}});
