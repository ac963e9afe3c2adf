phrasebookSearchLoaded("han-2", {"ids":[21,3,6,3,3],"texts":"喂,说话呀!再不说话我就挂了啊!￿客户听到的是不耐烦。￿客户仍无回应￿营业厅￿迎接客户￿"});
