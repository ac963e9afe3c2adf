phrasebookSearchLoaded("entries-case-0", {"entries":"situations/silent-call.html#silent-call-example-case-1￿1￿客户仍无回应￿여전히 응답이 없을 때￿Still no answer￿"});
