phrasebookSearchLoaded("entries-role-0", {"entries":"roles/hotline-agent.html￿4￿客服代表￿상담원￿Hotline agent￿roles/counter-clerk.html￿5￿营业员￿창구 직원￿Counter clerk￿"});
