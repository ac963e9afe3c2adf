// phrasebook search (search.js): a query's terms and each term's matcher (matcherFor).
// Matching, per term of the query (all terms must match one entry, in any of its languages):
// (03-match-han.js, 04-match-hangul.js, 05-match-words.js.)
// Small English words (to, my, can…) are dropped from a query that has others, and so are Korean words of asking
// (어떻게, 뭐라고 해요: withoutAsking); a Korean verb before 때 or 경우 ("when", "in case"), 법 or 방법 ("the way
// to"), or in -면 ("if") at the query's end, is one term, which finds the verb in any form (화낼 때: 화내는,
// whenClauses; typed against its 때 too, 화났을때); a
// Chinese term loses its "when", its "how" and words of wanting (客户要退款的时候: 退款; 如何拒绝客户: 拒绝客户,
// hanTerms); "AS" in capitals or beside Korean is A/S (afterSales).
(function (shared) {
  "use strict";

  var ENDINGS = shared.ENDINGS, FINAL_L = shared.FINAL_L, HAN = shared.HAN, HANGUL = shared.HANGUL,
    SEPARATORS = shared.SEPARATORS, adnominalStem = shared.adnominalStem, finalOf = shared.finalOf,
    withFinal = shared.withFinal, escapeRegExp = shared.escapeRegExp, fold = shared.fold,
    hanMatcher = shared.hanMatcher, hangulMatcher = shared.hangulMatcher, stemMatcher = shared.stemMatcher,
    wordMatcher = shared.wordMatcher;

  // A term that is one of the words taken for one another matches them all (sameMatcher).
  function matcherFor(term) {
    return (shared.sameMatcher && shared.sameMatcher(term, ownMatcher)) || ownMatcher(term);
  }

  function ownMatcher(term) {
    var contraction = CONTRACTION_OF.get(term);
    if (contraction) return contractionMatcher(CONTRACTIONS.get(contraction), term.indexOf("'") < 0 ? term : null);
    var when = whenVerb(term);
    if (when) return when.noun ? hangulMatcher(when.stem) : stemMatcher(when.stem);
    if (HANGUL.test(term)) return hangulMatcher(term);
    if (HAN.test(term)) return hanMatcher(term);
    return wordMatcher(term);
  }

  // A query's terms, folded by the build's table once core.js is in; before, by the browser's lower case (a guess,
  // to start loading the key files the query will likely need: keyFilesFor is asked again once core.js is in).
  function foldedTerms(query) {
    if (shared.foldUnits) return terms(query);
    var lower = afterSales(query).replace(/[\uff01-\uff5e]/g, function (c) {
      return String.fromCharCode(c.charCodeAt(0) - 0xfee0);
    }).toLowerCase();
    return withoutStopWords(hanTerms(whenClauses(withoutAsking(contracted(termsOf(lower))))));
  }

  function terms(query) {
    var list = termsOf(fold(afterSales(query)));
    return withoutStopWords(hanTerms(whenClauses(withoutAsking(contracted(shared.sameJoined(list))))));
  }

  // Korean staff ask how to say or do something: 칭찬받으면 뭐라고 해요, 고객이 욕하면 어떻게 해요, 기다려 달라고
  // 어떻게 말해요. The words of asking say nothing of what is looked for, and the book's texts do not have them:
  // dropped from a query that has other terms.
  var KOREAN_ASKING = [
    "어떻게", "뭐라고", "뭐라", "뭘", "무엇을", "해요", "하나요", "하죠", "하면", "해야", "해야해요", "할까요", "말해요",
    "말하나요", "말하죠", "말해야", "말할까요"
  ];

  function withoutAsking(list) {
    var kept = list.filter(function (term) { return KOREAN_ASKING.indexOf(term) < 0; });
    return kept.length ? kept : list;
  }

  // Korean staff name a situation by when it happens: 고객이 화낼 때, 환불을 요청할 경우, 감사 인사 받았을 때. The
  // word before 때 or 경우 is then a verb in the form that runs into them (-ㄹ, -을), which the book says in other
  // forms: the two are one term (화낼 때), which finds the verb's stem in any form (adnominalStem: 화낼 → 화내, 끊을
  // → 끊, 받았을 → 받; a 하 verb's noun: 요청할 → 요청), and neither the form nor 때 itself, which most texts that
  // say it do not have. A verb that says nothing alone (할 때, 됐을 때) is left out with its 때. So too a verb
  // before 법 or 방법 ("the way to"), in -는 (전화 끊는 법: 끊; 거절하는 방법: 거절), and one in -면 ("if": 고객이
  // 욕하면, 화내면, 칭찬받으면) that ends the query, read as the same verb before 때 (conditionalAsWhen): a verb
  // ends a Korean sentence, while a word in 면 before others may be a noun (비대면 상담).
  var WHEN = ["때", "경우", "법", "방법"];
  var HOW = ["법", "방법"];

  function whenClauses(list) {
    list = [].concat.apply([], list.map(apartFromWhen));
    var out = [];
    for (var t = 0; t < list.length; t++) {
      // Before 법 or 방법 only -는: a noun before them ends in ㄹ as often as not (환불 방법, 연결 방법). A noun's
      // 방법 ("the way of") says no more than 어떻게 does, and is left out (환불 방법: 환불).
      var how = HOW.indexOf(list[t + 1]) >= 0;
      if (how && !/는$/.test(list[t])) {
        out.push(list[t]);
        if (list[t + 1] === "방법") t++;
        continue;
      }
      var verb = WHEN.indexOf(list[t + 1]) >= 0 ? adnominalStem(list[t]) : null;
      var when = !verb && t === list.length - 1 ? conditionalAsWhen(list[t]) : null;
      if (when) verb = adnominalStem(when);
      if (!verb) {
        out.push(list[t]);
        continue;
      }
      if (verb.stem) out.push(when ? when + " " + WHEN[0] : list[t] + " " + list[t + 1]);
      t++;
    }
    return out.length ? out : list;
  }

  // A word typed with its 때, 경우, 법 or 방법 against it, as staff often type them (화났을때, 욕할때, 끊는법), as the
  // two words: when what is before it, two syllables or more, is a verb in the form that runs into it (-는 before
  // 법 or 방법). Else the word as typed (한때, 대화법, 문법).
  function apartFromWhen(word) {
    for (var w = 0; w < WHEN.length; w++) {
      var end = WHEN[w];
      var before = word.slice(0, -end.length);
      if (word.slice(-end.length) !== end || !/^[\uac00-\ud7a3]{2,}$/.test(before)) continue;
      if (HOW.indexOf(end) >= 0 ? /는$/.test(before) : adnominalStem(before)) return [before, end];
    }
    return [word];
  }

  // A verb in -면 with two syllables or more before it, as the same verb before 때: 받으면 → 받을, 욕하면 → 욕할,
  // 화내면 → 화낼, 연결되면 → 연결될, 나가시면 → 나갈 (the honorific 시 left out); null for any other word, for
  // one syllable before 면 and 시 (오시면), and for a syllable with a final consonant before 면 (측면; 만들면,
  // whose ㄹ may be the stem's).
  function conditionalAsWhen(word) {
    if (!/^[\uac00-\ud7a3]{2,}면$/.test(word)) return null;
    var body = word.slice(0, -1);
    if (body.slice(-1) === "시") body = body.slice(0, -1);
    if (body.length < 2) return null;
    var last = body.slice(-1);
    if (last === "으") return body.slice(0, -1) + "을";
    return finalOf(last) ? null : body.slice(0, -1) + withFinal(last, FINAL_L);
  }

  // A Chinese term without what says nothing of what is looked for. "When", said after the clause (客户骂人的时候,
  // 接电话时): its 的时候 or 时候, which most texts that say the clause do not have, and a 时 after three characters
  // or more that is no word with the one before it (小时, 同时, 及时 stay); so too "what to do", "how to say" (客户骂
  // 人怎么办, 挂电话怎么说); alone they are no term. And words of
  // wanting before it (客户要退款, 我想退款: 退款), whose characters would match other texts' (客户要找领导); not
  // words of asking (是不是的问题 looks for yes-or-no questions), which are dropped only when the term matches
  // nothing with them (matchingStripped).
  // So too how staff ask for the words: "how" before or inside the clause (如何拒绝客户, 客户请吃饭怎么拒绝: the
  // clause and 拒绝, two terms), "what to say", "the script" or "the wording" after it (客户进门说什么, 无声电话话
  // 术), "the way to handle it" after it (投诉处理流程, 投诉处理方法: 投诉), and a passive's 被 before it (被表扬了怎么
  // 说: 表扬了).
  var HAN_AFTER = [
    "的时候", "时候", "怎么办", "怎么说", "说什么", "的话术", "话术", "的说法", "处理流程", "处理方法", "处理办法"
  ];
  var HAN_WANTING = ["我想要", "我要", "我想", "想要", "帮我", "请问", "客户要", "客户想", "被"];
  var HAN_HOW = /怎么|如何|怎样/;
  var WORDS_ENDING_IN_SHI = "小同及准按临暂随当平有届定超实计何一此那";

  function hanTerms(list) {
    var out = [].concat.apply([], list.map(apartAtHow)).map(hanTerm).filter(function (term) { return !!term; });
    return out.length ? out : list;
  }

  // A Chinese term cut where "how" is inside it, without it (客户请吃饭怎么拒绝: 客户请吃饭, 拒绝; 如何拒绝客户:
  // 拒绝客户); 怎么办 and 怎么说 after a clause are left to hanTerm, and "how" alone is the term. A verb of
  // handling right after "how" asks what to do, as 怎么办 does, and is left out too (客户投诉怎么处理, 如何应对客户
  // 投诉: 客户投诉).
  var HAN_HANDLING = ["处理", "应对", "对待", "面对", "解决", "回应"];

  function apartAtHow(term) {
    if (!HAN.test(term.charAt(0))) return [term];
    var at = term.search(HAN_HOW);
    if (at < 0 || term.length <= 2 || HAN_AFTER.indexOf(term.slice(at)) >= 0) return [term];
    var after = term.slice(at + 2);
    if (HAN_HANDLING.indexOf(after.slice(0, 2)) >= 0) after = after.slice(2);
    return [term.slice(0, at), after].filter(function (part) { return part.length > 0; });
  }

  function hanTerm(term) {
    if (!HAN.test(term.charAt(0))) return term;
    if (HAN_AFTER.indexOf(term) >= 0 || term === "时") return "";
    var wanted = shared.strippedOf(term, HAN_WANTING, []);
    if (wanted.length >= 2) term = wanted;
    var said = term;
    for (var w = 0; w < HAN_AFTER.length; w++) {
      var end = HAN_AFTER[w];
      if (term.length - end.length >= 2 && term.slice(-end.length) === end) {
        term = term.slice(0, -end.length);
        w = -1; // 客户骂人的时候怎么办: 怎么办, then 的时候
      }
    }
    if (term !== said) return term;
    if (term.length >= 4 && term.slice(-1) === "时" && WORDS_ENDING_IN_SHI.indexOf(term.charAt(term.length - 2)) < 0) {
      return term.slice(0, -1);
    }
    return term;
  }

  // The verb of a term whenClauses made ({stem, noun}, adnominalStem), or null.
  function whenVerb(term) {
    var parts = term.split(" ");
    if (parts.length !== 2 || WHEN.indexOf(parts[1]) < 0) return null;
    var verb = adnominalStem(parts[0]);
    return verb && verb.stem ? verb : null;
  }

  // Korean staff type the after-sales service A/S as "AS" (AS 접수, AS센터): read as A/S when typed in capitals
  // or in a query with Korean in it (where the English "as" is no word to look for), also right before Korean
  // (then a term of its own, apartByScript).
  function afterSales(query) {
    var korean = HANGUL.test(query);
    return query.replace(/(^|[^\p{L}\p{N}\/])(as)(?=$|[\uac00-\ud7a3]|[^\p{L}\p{N}\/])/giu, function (all, before, word) {
      return word === "AS" || korean ? before + "A/S" : all;
    });
  }

  // English words that say nothing of what is looked for ("can I speak to your manager"; "script" and "wording",
  // and the say of "what to say", as staff ask for the words: complaint script, what to say at the end of a call;
  // not that of "how to say no"): dropped from a query that has other terms, so that they neither narrow nor rank
  // its results.
  var STOP_WORDS = [
    "a", "about", "an", "and", "are", "at", "be", "but", "by", "can", "could", "did", "do", "does", "for", "from",
    "get", "has", "have", "he", "her", "his", "how", "i", "i'm", "if", "in", "is", "it", "just", "me", "my", "need",
    "needs", "of", "on", "or", "our", "please", "script", "scripts", "she", "so", "that", "the", "their", "them",
    "there", "they", "this", "to", "want", "wants", "was", "we", "what", "when", "with", "wording", "would", "you",
    "your"
  ];

  function withoutStopWords(list) {
    var kept = list.filter(function (term, at) {
      return !isStopWord(term) && !(term === "say" && list[at - 1] === "to" && list[at - 2] === "what");
    });
    return kept.length ? kept : list;
  }

  // A stop word, or a contraction whose words written out are all stop words (you're: "you are"; not can't).
  function isStopWord(term) {
    if (STOP_WORDS.indexOf(term) >= 0) return true;
    var forms = CONTRACTIONS.get(CONTRACTION_OF.get(term));
    return !!forms && forms[1].split(" ").every(function (word) { return STOP_WORDS.indexOf(word) >= 0; });
  }

  // ---- English contractions: a query's "can't", "cannot", "can not" or "cant" finds every one of them (the
  // book may write any). Each group: the contraction (the term a query's form becomes, with the apostrophe the
  // folding gives ’ too), its words written out, then other spellings. A term that is one of the forms, or two
  // terms in a row that are the words written out, become the contraction (contracted); its matcher finds each
  // form as whole words (contractionMatcher). ----
  var CONTRACTIONS = new Map();
  var CONTRACTION_OF = new Map();

  function contraction(forms) {
    CONTRACTIONS.set(forms[0], forms);
    forms.forEach(function (form) { CONTRACTION_OF.set(form, forms[0]); });
  }

  contraction(["can't", "can not", "cannot", "cant"]);
  contraction(["won't", "will not", "wont"]);
  contraction(["shan't", "shall not"]);
  ["do", "does", "did", "is", "are", "was", "were", "have", "has", "had", "could", "would", "should", "must",
    "need"].forEach(function (verb) { contraction([verb + "n't", verb + " not", verb + "nt"]); });
  contraction(["i'm", "i am", "im"]);
  contraction(["let's", "let us"]);
  ["you", "we", "they"].forEach(function (who) {
    contraction([who + "'re", who + " are"].concat(who === "we" ? [] : [who + "re"]));
  });
  ["i", "you", "we", "they"].forEach(function (who) {
    contraction([who + "'ve", who + " have", who + "ve"]);
    contraction([who + "'d", who + " would"]);
  });
  ["i", "you", "we", "they", "it", "that"].forEach(function (who) { contraction([who + "'ll", who + " will"]); });
  ["it", "that", "there", "here", "what", "who", "where", "he", "she"].forEach(function (who) {
    contraction([who + "'s", who + " is"].concat(who === "it" ? [] : [who + "s"]));
  });

  // `list` with each contraction's form of two terms in a row (can not) as its contraction; a form of one term is
  // kept as typed (matcherFor finds every form from it, and a spelling without an apostrophe also as the start
  // of a word: hes is he's and hesitate).
  function contracted(list) {
    var out = [];
    for (var t = 0; t < list.length; t++) {
      var two = t + 1 < list.length ? CONTRACTION_OF.get(list[t] + " " + list[t + 1]) : undefined;
      if (two) {
        out.push(two);
        t++;
      } else {
        out.push(list[t]);
      }
    }
    return out;
  }

  // A matcher of a contraction's forms as whole words (the words written out with any spaces between), each
  // match as good as a word typed in full; and of words that start with `typed`, a spelling without an
  // apostrophe, which may be the start of another word (hes: hesitate; im: important).
  function contractionMatcher(forms, typed) {
    var written = forms.slice().sort(function (a, b) { return b.length - a.length; }).map(function (form) {
      return form.split(" ").map(escapeRegExp).join("\\s+");
    });
    var whole = "(?<![\\p{L}\\p{N}])(?:" + written.join("|") + ")(?![\\p{L}\\p{N}])";
    var start = typed ? "|(?<![\\p{L}\\p{N}])" + escapeRegExp(typed) + "[\\p{L}\\p{N}]*" : "";
    return shared.patternMatcher(new RegExp(whole + start, "gu"), 2);
  }

  function termsOf(folded) {
    var list = [];
    folded.split(SEPARATORS).forEach(function (term) {
      apartByScript(trimmed(term)).forEach(function (piece) {
        piece = trimmed(piece);
        if (piece) list.push(piece);
      });
    });
    return list;
  }

  // A term without the marks before and after it ("A/S", → A/S).
  function trimmed(term) { return term.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""); }

  // ---- Latin letters written straight against Korean or Chinese (A/S지연, A/S담당자, ATM기, 고객ID, 3F法): two
  // terms, as if typed with a space, as the book writes them (A/S 담당자). A word of Latin letters keeps the
  // digits and the / . ' inside it (A/S, 3F); a number without letters stays with the Korean or Chinese beside it,
  // its unit (5초, 24小时); a Korean particle or ending right after a Latin word is dropped (A/S를 → A/S). ----
  var LATIN_OR_DIGIT = /[\p{Script=Latin}\p{Nd}]/u;
  var IN_LATIN_WORD = /[\p{Script=Latin}\p{Nd}\/.']/u;
  var LATIN_LETTER = /\p{Script=Latin}/u;

  function isHanOrHangul(character) { return HAN.test(character) || HANGUL.test(character); }

  function apartByScript(term) {
    if (!LATIN_LETTER.test(term) || !(HAN.test(term) || HANGUL.test(term))) return [term];
    var pieces = [];
    var from = 0;
    for (var at = 1; at < term.length; at++) {
      var before = term.charAt(at - 1);
      var after = term.charAt(at);
      var latinFirst = LATIN_OR_DIGIT.test(before) && isHanOrHangul(after);
      if (!latinFirst && !(isHanOrHangul(before) && LATIN_OR_DIGIT.test(after))) continue;
      if (!LATIN_LETTER.test(latinWordAt(term, latinFirst ? at - 1 : at))) continue;
      pieces.push(term.slice(from, at));
      from = at;
    }
    pieces.push(term.slice(from));
    return pieces.filter(function (piece, p) {
      return !(p > 0 && LATIN_OR_DIGIT.test(pieces[p - 1].slice(-1)) && ENDINGS.indexOf(piece) >= 0);
    });
  }

  // The Latin word (letters, digits, / . ') of `term` that holds position `at`.
  function latinWordAt(term, at) {
    var start = at;
    var end = at + 1;
    while (start > 0 && IN_LATIN_WORD.test(term.charAt(start - 1))) start--;
    while (end < term.length && IN_LATIN_WORD.test(term.charAt(end))) end++;
    return term.slice(start, end);
  }

  shared.matcherFor = matcherFor; shared.foldedTerms = foldedTerms; shared.terms = terms;
  shared.CONTRACTION_OF = CONTRACTION_OF; shared.whenVerb = whenVerb; shared.withoutStopWords = withoutStopWords;
  shared.hanTerm = hanTerm;
})(window.phrasebookSearch);
