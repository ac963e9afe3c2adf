// phrasebook search: the search page (search.html?q=QUERY&role=ROLE). Loaded in the page's head, it starts at once
// to load the part of the search data the address's query needs, and lists what matches, best first, in
// #search-results once the page is there. No network, no framework: the data are scripts under assets/search/
// added as <script> elements (which works from file://, unlike fetching, and under any path), each calling
// phrasebookSearchLoaded(name, data) (SearchIndex+Script.swift):
// - core.js (always): languages, pages, categories, roles, each entry's kind, roles and category, the folding
//   table, and what results show of the kinds that rank first;
// - han-P.js, hangul-P.js, other-P.js (P from 0 to 3): the folded texts that have Chinese characters or kana,
//   Hangul, or other letters and numbers, in four files each; a query loads only those of the scripts its terms
//   are written in;
// - han-keys-B.js, hangul-keys-B.js, other-keys-B.js (B from 0 to 127): which texts hold each short string of a
//   script and how often (SearchKeys.swift); a query whose terms these answer exactly (keyPlan) loads one of them
//   a term instead of any texts, with the same results (fastSearch);
// - entries-KIND-N.js: what the results show (link, page, texts) for 512 entries of a kind each, loaded for the
//   results shown (results rank by kind first, so the first fifty are in a few of them); for the kinds that rank
//   above phrases (titles, chapters, roles, taboos), core.js's `shown` holds it. The files of the first ten
//   results (more than a screen holds) are asked for first, and those ten are shown with the count as soon as
//   they are in; the files of the other forty are asked for after that, and their results added below, in
//   order (the list is aria-busy meanwhile). Results spread over the book need up to fifteen such files.
// Every word it shows comes from the page (data-* attributes and the #search-kinds list), so the templates decide
// the interface language.
//
// Matching, per term of the query (all terms must match one entry, in any of its languages):
// - Chinese (and other Han/kana text): the term as a substring; a term of four characters or more also by its
//   character bigrams (at least half of them).
// - Korean: the term as a substring; a trailing particle or ending dropped (불만을 → 불만); a consonant jamo
//   matches any syllable it begins (ㅎ → 해, ㅎㅍㅋ → 해피콜); a last syllable still being typed matches its
//   completions (하 → 한, 햎 → 해피); jamo that match nothing so, across a space (ㅁㅇㅈㅎ → 무음 전화, closeSearch).
// - Other scripts: case-folded, at the start of a word, with plural and common endings folded
//   (complaints → complaint…, refund → refunds); an English contraction as any of its forms (can't, cannot,
//   can not, cant; the folding makes ’ an apostrophe).
// Texts are folded when the site is built (SearchFolding.swift, the one definition: case, full-width forms,
// curly apostrophes, and traditional Chinese characters to simplified ones, 退貨 → 退货); a query and the texts
// shown are folded here by the table the build writes into core.js.
// When no entry matches every term (closeSearch, from the texts): with a role chosen, every role's matches; a
// term that matches nothing is read as the nearest word of the book (refnud → refund, acept → accept), in Korean
// with spaces between its syllables, without a request's ending or as a verb without its ending (화났어요 → 화나),
// in Chinese without words of asking (我要退款 → 退款) or as the book's word with the same syllables (投素 → 投诉,
// homophoneMatcher), in Latin letters as the pinyin of a Chinese word of the book (tuikuan → 退款, pinyinMatcher);
// then the entries with some of the terms are listed (a Latin word as read), those with the rarest terms first
// (someTerms), a Chinese or Korean term that matches nothing cut into pairs (a Chinese one into the pairs the book
// has and the characters of the rest: 客户骂人 → 客户, 骂, 人). When only one or two entries match every term, the
// entries with some follow them (fewHaveAll). With a role chosen, a button offers the other roles' results.
// A word the book has in few entries is also matched written as the two words it joins (callback, call back).
// Small English words (to, my, can…) are dropped from a query that has others; "AS" in capitals or beside Korean is
// A/S (afterSales).
//
// Ranking: by score (the kind's weight times how well each term matched, a little for more matches, more when all
// terms matched in one language), ties in book order. Only the fifty shown need that order: they are selected as
// the matches are scored, and an entry whose kind could not score above the fiftieth is only counted (its match
// tested, or known from the scan); the rest are scored and sorted when more are asked for (rankTop, orderUpTo).
//
// Timings in milliseconds on #search-status, for Documentation/Performance.md and scripts/measure-search.py,
// from the start of the page's loading: data-start-ms (this script started), data-page-ms (the page was parsed,
// its other scripts run), data-run-ms (the search for the last query began: when the page was ready, or when the
// reader asked), data-ready-ms (the page and the search data the query needed were both there), data-shown-ms
// (its count and first ten results were on the page), data-page-shown-ms (all of its first fifty were);
// data-query-ms (matching, ranking and showing the first ten, without waiting for data), and data-parts (the
// search data loaded so far, in the order they came). For the last query.
(function () {
  "use strict";

  function now() { return window.performance ? window.performance.now() : 0; }
  var started = now();
  var me = document.currentScript;
  var base = (me && me.src ? me.src.replace(/[^\/]*$/, "") : "assets/") + "search/";
  var PAGE = 50;
  var FIRST = 10; // shown as soon as their files are in: more than a screen holds at 1920 × 1080
  var PIECES = 4; // files per script (SearchIndex.pieces): known before any of the data is
  var ROLE_KEY = "phrasebook.role";
  var WEIGHTS = {
    title: 10, chapter: 8, role: 8, phrase: 6, taboo: 5, term: 5, keywords: 4.5, when: 4, guideline: 4,
    "taboo-why": 3, note: 3, avoid: 3, turn: 3, "case": 3, why: 2, category: 2
  };

  // ---- Loading: each part once, by a <script> element; callbacks when all of a list are in ----
  var parts = {};
  var asked = {};
  var arrived = [];
  var waiting = [];

  window.phrasebookSearchLoaded = function (name, value) { parts[name] = value; };
  // For the browser tests: the folding a query and a shown text get (once core.js is in).
  window.phrasebookSearchFold = function (text) { return foldUnits ? fold(text) : null; };

  function load(names, done) {
    names.forEach(function (name) {
      if (asked[name]) return;
      asked[name] = true;
      var element = document.createElement("script");
      element.src = base + name + ".js";
      element.async = true;
      element.onload = element.onerror = function () {
        if (!(name in parts)) parts[name] = null;
        arrived.push(name);
        settle();
      };
      document.head.appendChild(element);
    });
    waiting.push({ names: names, done: done });
    settle();
  }

  function settle() {
    var ready = waiting.filter(function (wait) {
      return wait.names.every(function (name) { return name in parts; });
    });
    waiting = waiting.filter(function (wait) { return ready.indexOf(wait) < 0; });
    ready.forEach(function (wait) { wait.done(); });
  }

  // ---- Which parts a query needs: those of the scripts its characters are written in (folding keeps a
  // character's script). A term with two characters of no script in a row may match by them alone (a Chinese
  // term's bigram), so it needs every part. ----
  var HAN = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;
  var HANGUL = /[\u1100-\u11ff\u3131-\u318e\uac00-\ud7a3]/;
  var LETTER = /[\p{L}\p{N}]/u;
  // Terms are split at spaces, commas and full stops, and at hyphens and dashes: "hang-up" finds "hang up" and
  // "hang-up" (not at slashes: "A/S" is one word); and where Latin letters meet Korean or Chinese (apartByScript).
  var SEPARATORS = /[\s,，、。;；\-\u2010-\u2015]+/;

  function scriptOf(character) {
    return HAN.test(character) ? "han" : HANGUL.test(character) ? "hangul" : LETTER.test(character) ? "other" : null;
  }

  function partsFor(query) {
    var needed = [];
    query.split(SEPARATORS).forEach(function (term) {
      var previous = "x";
      Array.from(term.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "")).forEach(function (character) {
        var script = scriptOf(character);
        if (!script && !previous) needed = needed.concat(["han", "hangul", "other"]);
        if (script) needed.push(script);
        previous = script;
      });
    });
    return ["han", "hangul", "other"].filter(function (script) { return needed.indexOf(script) >= 0; })
      .reduce(function (names, script) { return names.concat(partsOfScript(script)); }, []);
  }

  // The texts' parts of one script: han-0 … han-3.
  function partsOfScript(script) {
    var names = [];
    for (var piece = 0; piece < PIECES; piece++) names.push(script + "-" + piece);
    return names;
  }

  // ---- The core, prepared once: folding, each entry's kind, roles and category ----
  var data = null;
  var perEntry = 1;
  var foldUnits = null;
  var categoryTexts = [];
  var byCategory = [];

  function prepareCore() {
    if (data || !parts.core) return;
    data = parts.core;
    perEntry = Math.max(data.languages.length, 1);
    foldUnits = new Uint16Array(65536);
    for (var unit = 0; unit < 65536; unit++) foldUnits[unit] = unit;
    for (var pair = 0; pair + 1 < data.fold.length; pair += 2) {
      foldUnits[data.fold.charCodeAt(pair)] = data.fold.charCodeAt(pair + 1);
    }
    rankInKind = new Int32Array(data.count);
    var seen = {};
    for (var entry = 0; entry < data.count; entry++) {
      var kind = kindOf(entry);
      rankInKind[entry] = seen[kind] || 0;
      seen[kind] = rankInKind[entry] + 1;
    }
    // What results show of the kinds that rank first comes with the core: as if their files were in.
    Object.keys(data.shown || {}).forEach(function (kind) {
      parts["shown-" + kind] = { entries: data.shown[kind] };
      asked["shown-" + kind] = true;
    });
    categoryTexts = data.categories.map(function (category) { return category.label; });
    byCategory = categoryTexts.map(function () { return []; });
    for (var index = 0; index < data.count; index++) {
      var category = categoryOf(index);
      if (category >= 0 && byCategory[category]) byCategory[category].push(index);
    }
  }

  // Where entry `index` is among those of its kind, which the entries files are split by.
  var rankInKind = null;

  // The core's numbers, one character each: U+0030 + the number, skipping the backslash.
  function number(at) {
    var value = data.entries.charCodeAt(at) - 0x30;
    return value > 0x2C ? value - 1 : value;
  }

  function kindOf(index) { return data.kinds[number(3 * index)]; }
  function rolesOf(index) { return data.roleSets[number(3 * index + 1)]; }
  function categoryOf(index) { return number(3 * index + 2) - 1; }

  // ---- Normalising by the build's table: full-width ASCII to ASCII, lower case, one code unit for one ----
  function fold(text) {
    var out = "";
    for (var from = 0; from < text.length; from += 4096) {
      var codes = [];
      for (var i = from; i < Math.min(text.length, from + 4096); i++) codes.push(foldUnits[text.charCodeAt(i)]);
      out += String.fromCharCode.apply(null, codes);
    }
    return out;
  }

  function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }

  // ---- Chinese and kana: substrings; a term of four characters or more also by its character bigrams (at least
  // half of them, ranked by how many), which needs no word list and finds 投诉处理 where 投诉 and 处理 are apart.
  // Not a term of three: half its bigrams is one, and one is too little (等一下 would find every 一下, 不满意 every
  // 满意); one the book does not have is cut into the words it has instead (closeSearch, piecesOf) ----
  function hanMatcher(term) {
    var grams = [];
    if (term.length >= 4) for (var i = 0; i + 2 <= term.length; i++) grams.push(term.substr(i, 2));
    var needed = Math.ceil(grams.length / 2);
    return {
      probes: grams.length ? grams : [term],
      certain: !grams.length && term.indexOf("\uffff") < 0,
      levels: [[term, 2]],
      floor: grams.length ? 1.5 : 0,
      match: function (text) {
        var ranges = occurrences(text, term);
        if (ranges.length) return { quality: 2, ranges: ranges };
        if (!grams.length) return null;
        var hits = 0;
        for (var g = 0; g < grams.length; g++) {
          var found = occurrences(text, grams[g]);
          if (found.length) hits++;
          ranges = ranges.concat(found);
        }
        return hits >= needed ? { quality: 1.5 * hits / grams.length, ranges: ranges } : null;
      }
    };
  }

  function occurrences(text, part) {
    var ranges = [];
    var at = text.indexOf(part);
    while (at >= 0) {
      ranges.push([at, at + part.length]);
      at = text.indexOf(part, at + part.length);
    }
    return ranges;
  }

  // ---- Korean ----
  var SYLLABLE_BASE = 0xAC00;
  var INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
  var FINALS = " ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ";
  var SPLIT_FINALS = {
    "ㄳ": "ㄱㅅ", "ㄵ": "ㄴㅈ", "ㄶ": "ㄴㅎ", "ㄺ": "ㄹㄱ", "ㄻ": "ㄹㅁ", "ㄼ": "ㄹㅂ", "ㄽ": "ㄹㅅ",
    "ㄾ": "ㄹㅌ", "ㄿ": "ㄹㅍ", "ㅀ": "ㄹㅎ", "ㅄ": "ㅂㅅ"
  };
  // Particles and endings a reader may type after a word; the longest that leaves two syllables is dropped.
  var ENDINGS = [
    "에서는", "에게서", "으로는", "이라고", "입니다", "합니다", "했어요", "에서", "에게", "한테", "께서", "으로",
    "부터", "까지", "처럼", "보다", "이나", "이랑", "라고", "하다", "해요", "하는", "하고", "하면", "은", "는",
    "이", "가", "을", "를", "의", "에", "로", "와", "과", "도", "만", "랑", "요", "해", "한"
  ];

  function hex(code) { return "\\u" + ("000" + code.toString(16)).slice(-4); }
  function range(from, to) { return hex(from) + "-" + hex(to); }

  function initialClass(jamo) {
    var index = INITIALS.indexOf(jamo);
    var first = SYLLABLE_BASE + index * 588;
    return "[" + jamo + range(first, first + 587) + "]";
  }

  function isSyllable(c) { var code = c.charCodeAt(0); return code >= 0xAC00 && code <= 0xD7A3; }

  // The pattern of a Korean term: consonant jamo stand for the syllables they begin; the last syllable may be
  // unfinished (any final consonant may follow, or its final is the next syllable's initial). `apart`: a space
  // may come before and after a jamo (ㅁㅇㅈㅎ finds 무음 전화, 환불ㅅ finds 환불 신청; initialsApart).
  function hangulPattern(term, apart) {
    var pattern = "";
    for (var i = 0; i < term.length; i++) {
      var c = term.charAt(i);
      var last = i === term.length - 1;
      if (apart && i > 0 && (INITIALS.indexOf(c) >= 0 || INITIALS.indexOf(term.charAt(i - 1)) >= 0)) {
        pattern += "\\s?";
      }
      if (INITIALS.indexOf(c) >= 0) {
        pattern += initialClass(c);
      } else if (last && isSyllable(c)) {
        var offset = c.charCodeAt(0) - SYLLABLE_BASE;
        var finalIndex = offset % 28;
        var open = c.charCodeAt(0) - finalIndex;
        if (finalIndex === 0) {
          pattern += "[" + range(open, open + 27) + "]";
        } else {
          var finalJamo = FINALS.charAt(finalIndex);
          var split = SPLIT_FINALS[finalJamo];
          var alternatives = [c];
          if (INITIALS.indexOf(finalJamo) >= 0) {
            alternatives.push(String.fromCharCode(open) + initialClass(finalJamo));
          } else if (split) {
            var keep = FINALS.indexOf(split.charAt(0));
            alternatives.push(String.fromCharCode(open + keep) + initialClass(split.charAt(1)));
          }
          pattern += "(?:" + alternatives.join("|") + ")";
        }
      } else {
        pattern += escapeRegExp(c);
      }
    }
    return new RegExp(pattern, "g");
  }

  // A Korean term without the longest particle or ending that leaves two syllables, or null.
  function hangulStem(term) {
    for (var e = 0; e < ENDINGS.length; e++) {
      var ending = ENDINGS[e];
      if (term.length - ending.length >= 2 && term.slice(-ending.length) === ending) {
        return term.slice(0, term.length - ending.length);
      }
    }
    return null;
  }

  // Whether a Korean word starts at `at`: the text's start, or after anything not Hangul (SearchKeys' `starts`).
  function atWordStart(text, at) { return at === 0 || !HANGUL.test(text.charAt(at - 1)); }

  // The occurrences of a Korean term or stem found at a word's start, with quality `start`, else all of them with
  // quality `inside`, or null: 화가 나다 is what 화가 looks for, 전화가 only holds it.
  function startsFirst(text, ranges, start, inside) {
    if (!ranges.length) return null;
    var starting = ranges.filter(function (range) { return atWordStart(text, range[0]); });
    return starting.length ? { quality: start, ranges: starting } : { quality: inside, ranges: ranges };
  }

  // The qualities of a Korean match (keyPlan's levels give the same): the term at a word's start, its stem there,
  // the term inside a word, its stem there; then the typing pattern's 1.
  var TERM_AT_START = 2;
  var STEM_AT_START = 1.5;
  var TERM_INSIDE = 1.25;
  var STEM_INSIDE = 1.1;

  function hangulMatcher(term) {
    var stem = hangulStem(term);
    var typing = hangulPattern(term);
    return {
      probes: stem ? [stem] : [],
      pattern: typing,
      certain: term.indexOf("\uffff") < 0,
      levels: stem ? [[term, TERM_AT_START], [stem, STEM_AT_START]] : [[term, TERM_AT_START]],
      floor: 1,
      test: function (text) {
        if (text.indexOf(term) >= 0 || (stem && text.indexOf(stem) >= 0)) return true;
        typing.lastIndex = 0;
        return typing.test(text);
      },
      match: function (text) {
        var terms = startsFirst(text, occurrences(text, term), TERM_AT_START, TERM_INSIDE);
        if (terms && terms.quality === TERM_AT_START) return terms;
        var stems = stem ? startsFirst(text, occurrences(text, stem), STEM_AT_START, STEM_INSIDE) : null;
        if (stems && (stems.quality === STEM_AT_START || !terms)) return stems;
        if (terms) return terms;
        var ranges = [];
        typing.lastIndex = 0;
        var found;
        while ((found = typing.exec(text))) ranges.push([found.index, found.index + found[0].length]);
        return ranges.length ? { quality: 1, ranges: ranges } : null;
      }
    };
  }

  // ---- Other scripts: words, case-folded, endings folded ----
  var LETTER_OR_SURROGATE = /[\p{L}\p{N}\ud800-\udfff]/u;
  var WORD_ENDINGS = ["", "s", "es", "ed", "d", "ing", "er", "ers", "ies", "ied", "y", "e", "ly", "ment", "ments"];

  function stem(word) {
    if (word.length <= 3) return word;
    var rules = [
      [/ies$/, ""], [/ied$/, ""], [/ing$/, ""], [/ments?$/, ""], [/(ss|x|z|ch|sh)es$/, "$1"], [/ed$/, ""],
      [/([^s])s$/, "$1"], [/ly$/, ""], [/([^aeiou])y$/, "$1"], [/e$/, ""]
    ];
    for (var r = 0; r < rules.length; r++) {
      if (rules[r][0].test(word)) {
        var stemmed = word.replace(rules[r][0], rules[r][1]);
        return stemmed.length >= 3 ? stemmed : word;
      }
    }
    return word;
  }

  // What of the rest of a word a term starts is highlighted (its match and quality take the whole word, as the
  // keys do): after a number only digits (7 in 5-7个工作日内…, where the word runs on into the Chinese), after
  // letters not the Chinese, kana or Korean written straight after them (ATM이 → ATM).
  var NOT_DIGIT = /[^\p{Nd}]/u;
  var HAN_OR_HANGUL = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\u1100-\u11ff\u3131-\u318e\uac00-\ud7a3]/;

  function wordMatcher(term) {
    var base = stem(term);
    var stop = /^\p{Nd}+$/u.test(base) ? NOT_DIGIT : HAN_OR_HANGUL;
    var shownRest = function (rest) {
      var at = rest.search(stop);
      return at < 0 ? rest : rest.slice(0, at);
    };
    var pattern = new RegExp("(?<![\\p{L}\\p{N}])" + escapeRegExp(base) + "([\\p{L}\\p{N}]*)", "gu");
    return {
      probes: [base],
      floor: 2,
      // The probe at the start of a word is a match (the pattern's look-behind; a surrogate before it: unsure).
      certainAt: function (hay, at) {
        return base.indexOf("\uffff") < 0 && (at === 0 || !LETTER_OR_SURROGATE.test(hay.charAt(at - 1)));
      },
      test: function (text) {
        if (text.indexOf(base) < 0) return false;
        pattern.lastIndex = 0;
        return pattern.test(text);
      },
      match: function (text) {
        if (text.indexOf(base) < 0) return null;
        var ranges = [];
        var quality = 0;
        pattern.lastIndex = 0;
        var found;
        while ((found = pattern.exec(text))) {
          ranges.push([found.index, found.index + base.length + shownRest(found[1]).length]);
          var whole = base + found[1] === term || WORD_ENDINGS.indexOf(found[1]) >= 0;
          quality = Math.max(quality, whole ? 2 : 1);
        }
        return ranges.length ? { quality: quality, ranges: ranges } : null;
      }
    };
  }

  function matcherFor(term) {
    var contraction = CONTRACTION_OF.get(term);
    if (contraction) return contractionMatcher(CONTRACTIONS.get(contraction), term.indexOf("'") < 0 ? term : null);
    if (HANGUL.test(term)) return hangulMatcher(term);
    if (HAN.test(term)) return hanMatcher(term);
    return wordMatcher(term);
  }

  // A query's terms, folded by the build's table once core.js is in; before, by the browser's lower case (a guess,
  // to start loading the key files the query will likely need: keyFilesFor is asked again once core.js is in).
  function foldedTerms(query) {
    if (foldUnits) return terms(query);
    return withoutStopWords(contracted(termsOf(afterSales(query).replace(/[\uff01-\uff5e]/g, function (c) {
      return String.fromCharCode(c.charCodeAt(0) - 0xfee0);
    }).toLowerCase())));
  }

  function terms(query) { return withoutStopWords(contracted(termsOf(fold(afterSales(query))))); }

  // Korean staff type the after-sales service A/S as "AS" (AS 접수, AS센터): read as A/S when typed in capitals
  // or in a query with Korean in it (where the English "as" is no word to look for), also right before Korean
  // (then a term of its own, apartByScript).
  function afterSales(query) {
    var korean = HANGUL.test(query);
    return query.replace(/(^|[^\p{L}\p{N}\/])(as)(?=$|[\uac00-\ud7a3]|[^\p{L}\p{N}\/])/giu, function (all, before, word) {
      return word === "AS" || korean ? before + "A/S" : all;
    });
  }

  // English words that say nothing of what is looked for ("can I speak to your manager"): dropped from a query
  // that has other terms, so that they neither narrow nor rank its results.
  var STOP_WORDS = [
    "a", "about", "an", "and", "are", "at", "be", "but", "by", "can", "could", "did", "do", "does", "for", "from",
    "get", "has", "have", "he", "her", "his", "how", "i", "i'm", "if", "in", "is", "it", "just", "me", "my", "need",
    "needs", "of", "on", "or", "our", "please", "she", "so", "that", "the", "their", "them", "there", "they", "this",
    "to", "want", "wants", "was", "we", "what", "when", "with", "would", "you", "your"
  ];

  function withoutStopWords(list) {
    var kept = list.filter(function (term) { return !isStopWord(term); });
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
    return patternMatcher(new RegExp(whole + start, "gu"), 2);
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

  // ---- The keys (SCRIPT-keys-B.js, SearchKeys.swift): for the terms they answer exactly, which texts a term
  // matches, how well and how many times, without loading any text. A term they cannot answer exactly (keyPlan
  // null, or a text whose match only its text can tell) sends the whole query to the texts (partsFor). ----
  var BUCKETS = 128; // key files per script (SearchKeys.buckets)
  var DIGITS = new Int8Array(128).fill(-1);
  var FINAL = new Uint8Array(128);
  "0123456789abcdefghijklmnopqrstuv".split("").forEach(function (c, value) {
    DIGITS[c.charCodeAt(0)] = value;
    FINAL[c.charCodeAt(0)] = 1;
  });
  "ABCDEFGHIJKLMNOPQRSTUVWXYZ()*+-.".split("").forEach(function (c, value) { DIGITS[c.charCodeAt(0)] = value; });

  // The key file of a key: a hash of its first two code units, the second without its final consonant if it is a
  // Hangul syllable (so that a Korean term's keys and those of its last syllable opened are in one file).
  function bucketOf(script, key) {
    var hash = 0;
    for (var i = 0; i < Math.min(2, key.length); i++) {
      var unit = key.charCodeAt(i);
      if (i === 1 && unit >= 0xAC00 && unit <= 0xD7A3) unit -= (unit - SYLLABLE_BASE) % 28;
      hash = (Math.imul(hash, 31) + unit) >>> 0;
    }
    return script + "-keys-" + (hash % BUCKETS);
  }

  // Calls each(id, count) for every text of a key's postings.
  function eachPosting(postings, each) {
    var id = 0;
    var value = 0;
    var scale = 1;
    for (var i = 0; i < postings.length; i++) {
      var code = postings.charCodeAt(i);
      value += DIGITS[code] * scale;
      if (!FINAL[code]) { scale *= 32; continue; }
      id += Math.floor(value / 3);
      each(id, value % 3 + 1);
      value = 0;
      scale = 1;
    }
  }

  function postingsOf(script, field, key) {
    var file = parts[bucketOf(script, key)];
    var table = file && file[field];
    return table && Object.prototype.hasOwnProperty.call(table, key) ? table[key] : "";
  }

  // The last syllable of a Korean term with a final consonant also matches as its syllable without the final
  // (or with the first of two) followed by a syllable the final begins (hangulPattern): that syllable and jamo.
  function openedFinal(c) {
    var finalIndex = (c.charCodeAt(0) - SYLLABLE_BASE) % 28;
    var open = c.charCodeAt(0) - finalIndex;
    var finalJamo = FINALS.charAt(finalIndex);
    if (INITIALS.indexOf(finalJamo) >= 0) return { syllable: String.fromCharCode(open), jamo: finalJamo };
    var split = SPLIT_FINALS[finalJamo];
    return { syllable: String.fromCharCode(open + FINALS.indexOf(split.charAt(0))), jamo: split.charAt(1) };
  }

  // What the keys say of a term, as lists of [field, key, quality] (the texts of the first that has them match
  // at that quality) and keys whose texts, where they match none of those, only the text can tell about
  // (`unsure`); or null when the keys cannot answer the term. The term's matcher (matcherFor) is what these
  // reproduce: a word prefix at the start of a word with its endings; a Chinese term of one or two characters
  // as a substring; a Korean term of one to three consonant jamo (each a syllable it begins), or of up to three
  // characters with no jamo before the last (with a particle: the pattern only finds texts that hold the stem).
  function keyPlan(term) {
    // A contraction's forms (hes: he's, he is) are in no key: the texts tell.
    if (/[\ud800-\udfff\uffff]/.test(term) || CONTRACTION_OF.has(term)) return null;
    var script = scriptOf(term.charAt(0));
    for (var i = 1; i < term.length; i++) if (scriptOf(term.charAt(i)) !== script) return null;
    if (script === "other") {
      var base = stem(term);
      return base.length >= 2 ? { script: script, words: base, keys: [base] } : null;
    }
    if (script === "han") return term.length <= 2 ? { script: script, levels: [["grams", term, 2]], unsure: [] } : null;
    if (script !== "hangul" || term.length > 3) return null;
    var levels = [["starts", term, TERM_AT_START], ["grams", term, TERM_INSIDE]];
    var unsure = [];
    var jamo = 0;
    for (var j = 0; j < term.length; j++) if (INITIALS.indexOf(term.charAt(j)) >= 0) jamo++;
    if (jamo === term.length) {
      levels.push(["initials", term, 1]);
      return { script: script, levels: levels, unsure: unsure };
    }
    var last = term.charAt(term.length - 1);
    var first = term.slice(0, -1);
    if (jamo > (INITIALS.indexOf(last) >= 0 ? 1 : 0)) return null;
    var stemmed = hangulStem(term);
    if (stemmed) {
      levels.splice(1, 0, ["starts", stemmed, STEM_AT_START]);
      levels.push(["grams", stemmed, STEM_INSIDE]);
    } else if (INITIALS.indexOf(last) >= 0) {
      if (first.length !== 1 || !isSyllable(first)) return null;
      levels.push(["follows", first + last, 1]);
    } else if (isSyllable(last) && (last.charCodeAt(0) - SYLLABLE_BASE) % 28 === 0) {
      if (first) return null;
      levels.push(["opens", last, 1]);
    } else if (isSyllable(last)) {
      var opened = openedFinal(last);
      if (!first) levels.push(["follows", opened.syllable + opened.jamo, 1]);
      else unsure.push(["grams", first + opened.syllable]);
    }
    return { script: script, levels: levels, unsure: unsure };
  }

  // The key files a query's terms need, or null when one of its terms needs the texts.
  function keyFilesFor(query) {
    var list = foldedTerms(query);
    if (!list || !list.length) return null;
    var names = [];
    for (var t = 0; t < list.length; t++) {
      var plan = keyPlan(list[t]);
      if (!plan) return null;
      var keys = plan.keys || plan.levels.concat(plan.unsure).map(function (level) { return level[1]; });
      keys.forEach(function (key) {
        var name = bucketOf(plan.script, key);
        if (names.indexOf(name) < 0) names.push(name);
      });
    }
    return names;
  }

  // Every text `term` matches, by id: its quality and number of matches (up to 3), as matcherFor's match gives
  // them, and the ids of those texts (`ids`, each once); null when a text may match that only its text can tell
  // about.
  function knownMatches(term, plan) {
    var quality = new Float64Array(data.count * perEntry);
    var count = new Uint8Array(data.count * perEntry);
    var ids = [];
    if (plan.words) {
      var base = plan.words;
      var file = parts[bucketOf("other", base)];
      var words = (file && file.words) || {};
      Object.keys(words).forEach(function (word) {
        if (word.lastIndexOf(base, 0) !== 0) return;
        var rest = word.slice(base.length);
        var whole = base + rest === term || WORD_ENDINGS.indexOf(rest) >= 0 ? 2 : 1;
        eachPosting(words[word], function (id, times) {
          if (!quality[id]) ids.push(id);
          quality[id] = Math.max(quality[id], whole);
          count[id] = Math.min(count[id] + times, 3);
        });
      });
      var most = 0;
      ids.forEach(function (id) { most = Math.max(most, quality[id]); });
      return { quality: quality, count: count, ids: ids, best: most };
    }
    var best = 0;
    plan.levels.forEach(function (level) {
      eachPosting(postingsOf(plan.script, level[0], level[1]), function (id, times) {
        if (quality[id]) return;
        ids.push(id);
        quality[id] = level[2];
        count[id] = times;
        best = Math.max(best, level[2]);
      });
    });
    var unsure = false;
    plan.unsure.forEach(function (key) {
      eachPosting(postingsOf(plan.script, key[0], key[1]), function (id) { if (!quality[id]) unsure = true; });
    });
    return unsure ? null : { quality: quality, count: count, ids: ids, best: best };
  }

  // Every entry matching all of `query`'s terms, the first fifty in order (rankTop), from the keys alone (keyFilesFor's files); null
  // when a term needs the texts. The same results, order and count as from the texts (search, rankTop).
  function fastSearch(query, role) {
    var list = terms(query);
    if (!list.length) return null;
    var matchers = [];
    for (var t = 0; t < list.length; t++) {
      var plan = keyPlan(list[t]);
      var known = plan && knownMatches(list[t], plan);
      if (!known || (mayBeApart(list[t]) && fewEntries(known.ids))) return null;
      var matcher = matcherFor(list[t]);
      matcher.known = known;
      matchers.push(matcher);
    }
    var marks = matchers.map(function (matcher) {
      var marked = new Uint8Array(data.count);
      matcher.known.ids.forEach(function (id) { marked[Math.floor(id / perEntry)] = CERTAIN; });
      markCategories(matcher, marked);
      return marked;
    });
    var ranked = rankTop(matchers, possibleEntries(marks, role), PAGE);
    // Nothing matched every term, or (with a role) only glossary terms did, or few did: what comes close
    // (closeSearch) or after them (fullSearch) needs the texts.
    if (nothingOwn(ranked.results, role) || fewHaveAll(matchers, ranked.results)) return null;
    return { matchers: matchers, results: ranked.results, ordered: ranked.ordered };
  }

  // Whether texts `ids` are those of fewer than FEW_ENTRIES entries (but some): a word that may also be written
  // apart (alsoApart), which the texts can tell.
  function fewEntries(ids) {
    var entries = [];
    for (var i = 0; i < ids.length && entries.length < FEW_ENTRIES; i++) {
      var entry = Math.floor(ids[i] / perEntry);
      if (entries.indexOf(entry) < 0) entries.push(entry);
    }
    return entries.length > 0 && entries.length < FEW_ENTRIES;
  }

  // ---- The texts of the parts loaded: each part's folded texts in one string, every text followed by U+FFFF.
  // A term is looked for in the whole string at once (a native scan), which gives the few entries worth scoring.
  var loaded = [];
  var textPart = null;
  var textStart = null;
  var textEnd = null;

  function prepareParts(names) {
    if (!textPart) {
      textPart = new Int8Array(data.count * perEntry);
      textStart = new Int32Array(data.count * perEntry);
      textEnd = new Int32Array(data.count * perEntry);
    }
    names.forEach(function (name) {
      if (!parts[name] || loaded.some(function (part) { return part.name === name; })) return;
      var hay = parts[name].texts;
      var gaps = parts[name].ids;
      var part = { name: name, hay: hay, starts: new Int32Array(gaps.length), ids: new Int32Array(gaps.length) };
      loaded.push(part);
      for (var k = 0, id = 0, at = 0; k < gaps.length; k++) {
        id += gaps[k];
        var end = hay.indexOf("\uffff", at);
        part.ids[k] = id;
        part.starts[k] = at;
        if (!textPart[id]) {
          textPart[id] = loaded.length;
          textStart[id] = at;
          textEnd[id] = end;
        }
        at = end + 1;
      }
    });
  }

  // The folded text of text `id` (entry × languages + language), or null when it is empty or not loaded.
  function foldedText(id) {
    return textPart[id] ? loaded[textPart[id] - 1].hay.slice(textStart[id], textEnd[id]) : null;
  }

  // Which text of a part (its place in `ids` and `starts`) a position of the part's string falls in.
  function textAt(part, position) {
    var low = 0;
    var high = part.starts.length - 1;
    while (low < high) {
      var middle = (low + high + 1) >> 1;
      if (part.starts[middle] <= position) low = middle; else high = middle - 1;
    }
    return low;
  }

  // Marks the entry of the text a position of a part's string falls in (`flags`, POSSIBLE or CERTAIN); where the
  // next text starts, from which the scan goes on (another hit in the same text would mark the same entry).
  function mark(marks, part, position, flags) {
    var k = textAt(part, position);
    marks[Math.floor(part.ids[k] / perEntry)] |= flags;
    return k + 1 < part.starts.length ? part.starts[k + 1] : part.hay.length;
  }

  // Which entries may match: those whose texts in the parts `names` hold one of the matcher's probes or its
  // pattern, and those whose category's label matches. An entry is marked CERTAIN where that alone means the
  // matcher matches it (its label matched, or the matcher is `certain`: a hit of its probes or pattern, which
  // stay within one text, is a match; or `certainAt` says so of a probe's hit), POSSIBLE where its texts must be
  // looked at.
  var POSSIBLE = 1;
  var CERTAIN = 3;

  function candidates(matcher, names) {
    var marks = new Uint8Array(data.count);
    var flags = matcher.certain ? CERTAIN : POSSIBLE;
    loaded.forEach(function (part) {
      if (names.indexOf(part.name) < 0) return;
      var hay = part.hay;
      (matcher.probes || []).forEach(function (probe) {
        var at = hay.indexOf(probe);
        while (at >= 0) {
          var sure = matcher.certainAt && matcher.certainAt(hay, at);
          var next = mark(marks, part, at, sure ? CERTAIN : flags);
          at = hay.indexOf(probe, sure || !matcher.certainAt ? next : at + 1);
        }
      });
      if (matcher.pattern) {
        matcher.pattern.lastIndex = 0;
        var found;
        while ((found = matcher.pattern.exec(hay))) matcher.pattern.lastIndex = mark(marks, part, found.index, flags);
      }
    });
    markCategories(matcher, marks);
    return marks;
  }

  function markCategories(matcher, marks) {
    categoryTexts.forEach(function (labels, category) {
      if (labels.some(function (label) { return label && matcher.match(label); })) {
        byCategory[category].forEach(function (index) { marks[index] = CERTAIN; });
      }
    });
  }

  // How `matcher` matches text `id`: from the keys when it has them (fastSearch), else on the folded text; null
  // when it does not, or the text is not loaded.
  function matchOfText(matcher, id) {
    if (matcher.known) return matcher.known.quality[id] ? { quality: matcher.known.quality[id], ranges: { length: matcher.known.count[id] } } : null;
    var text = foldedText(id);
    return text === null ? null : matcher.match(text);
  }

  // The best match of `matcher` in one entry: its score and the language it matched in.
  function bestMatch(matcher, index) {
    var kind = kindOf(index);
    var best = null;
    for (var t = 0; t < perEntry; t++) {
      var found = matchOfText(matcher, index * perEntry + t);
      if (found) {
        var score = found.quality * (WEIGHTS[kind] || 1) + Math.min(found.ranges.length, 3) * 0.1;
        if (!best || score > best.score) best = { score: score, language: t };
      }
    }
    var category = categoryOf(index);
    if (!best && category >= 0) {
      var labels = categoryTexts[category] || [];
      for (var c = 0; c < labels.length && !best; c++) {
        var inCategory = labels[c] && matcher.match(labels[c]);
        if (inCategory) best = { score: inCategory.quality * WEIGHTS.category, language: -1 };
      }
    }
    return best;
  }

  // Whether `matcher` matches one entry at all (as bestMatch would find, without scoring): in one of its texts,
  // else by its category's label.
  function matchesEntry(matcher, index) {
    var test = matcher.test || matcher.match;
    for (var t = 0; t < perEntry; t++) {
      var text = foldedText(index * perEntry + t);
      if (text !== null && test(text)) return true;
    }
    var labels = categoryTexts[categoryOf(index)] || [];
    for (var c = 0; c < labels.length; c++) if (labels[c] && matcher.match(labels[c])) return true;
    return false;
  }

  // The score of entry `index` for all of `matchers` (each term's best, and 2 more when all matched in one
  // language), or -1 when one of them does not match.
  function scoreOf(matchers, index) {
    var score = 0;
    var sameLanguage = true;
    var language = null;
    for (var m = 0; m < matchers.length; m++) {
      var best = bestMatch(matchers[m], index);
      if (!best) return -1;
      score += best.score;
      if (language === null) language = best.language; else if (language !== best.language) sameLanguage = false;
    }
    return matchers.length > 1 && sameLanguage ? score + 2 : score;
  }

  // The best quality `matcher` gives any text loaded (foldedText): that of the first of its `levels` (a string
  // it looks for and the quality finding it gives, best first) that one of them holds, else its `floor` (what it
  // gives without them); kept as the matcher's `best`. From the keys, the best quality of any text.
  function bestQuality(matcher) {
    if (matcher.known) { matcher.best = matcher.known.best; return; }
    var levels = matcher.levels || [];
    matcher.best = matcher.floor;
    for (var l = 0; l < levels.length; l++) {
      var held = loaded.some(function (part) { return part.hay.indexOf(levels[l][0]) >= 0; });
      if (held) { matcher.best = levels[l][1]; return; }
    }
  }

  // The most an entry of `kind` could score: each term at its `best` quality with three matches or more, or at
  // its best (2) by its category's label; summed as scoreOf sums, so that rounding keeps it above.
  function ceilingOf(matchers, kind) {
    var weight = WEIGHTS[kind] || 1;
    var score = 0;
    for (var m = 0; m < matchers.length; m++) {
      score += Math.max(matchers[m].best * weight + 3 * 0.1, 2 * WEIGHTS.category);
    }
    return matchers.length > 1 ? score + 2 : score;
  }

  function forRole(index, role) {
    if (!role) return true;
    var roles = rolesOf(index);
    return !roles || roles.indexOf(role) >= 0;
  }

  // Best first, ties in book order.
  function better(a, b) { return b.score - a.score || a.index - b.index; }

  // The entries that may match every matcher (marked by each) and are for `role`, in book order; `sure`, by
  // entry, whether each matcher's mark is CERTAIN.
  function possibleEntries(marks, role) {
    var found = [];
    var sure = new Uint8Array(data.count);
    for (var i = 0; i < data.count; i++) {
      var all = marks.length ? CERTAIN : 0;
      for (var c = 0; c < marks.length && all; c++) all &= marks[c][i];
      if (!all || !forRole(i, role)) continue;
      found.push(i);
      sure[i] = all === CERTAIN ? 1 : 0;
    }
    return { indexes: found, sure: sure };
  }

  // Every match of `matchers` among the entries `possible`, the first `wanted` best first (ties in book order),
  // the rest after them in no order. Only the first ones need an order: they are kept in a small sorted list
  // as the entries are scored in book order; an entry that could not score above the last of a full list (its
  // ceilingOf, by the best quality its matchers give any text) is only tested for a match, for the count, unless
  // its marks are certain. `ordered` is how many of the results are in order.
  function rankTop(matchers, possible, wanted) {
    var top = [];
    var rest = [];
    var ceilings = null; // by kind (the core's number of it)
    for (var p = 0; p < possible.indexes.length; p++) {
      var index = possible.indexes[p];
      var full = top.length === wanted;
      if (full && !ceilings) {
        matchers.forEach(bestQuality);
        ceilings = data.kinds.map(function (kind) { return ceilingOf(matchers, kind); });
      }
      if (full && ceilings[number(3 * index)] <= top[wanted - 1].score) {
        var all = true;
        for (var m = 0; m < matchers.length && all && !possible.sure[index]; m++) {
          all = matchesEntry(matchers[m], index);
        }
        if (all) rest.push({ index: index, score: null });
        continue;
      }
      var score = scoreOf(matchers, index);
      if (score < 0) continue;
      var result = { index: index, score: score };
      if (full && score <= top[wanted - 1].score) { rest.push(result); continue; }
      var at = top.length;
      while (at > 0 && better(result, top[at - 1]) < 0) at--;
      top.splice(at, 0, result);
      if (top.length > wanted) rest.push(top.pop());
    }
    return { results: top.concat(rest), ordered: top.length };
  }

  // Every match of `matchers` among the entries `possible`, all best first (ties in book order).
  function rankAll(matchers, possible) {
    var results = [];
    possible.indexes.forEach(function (index) {
      var score = scoreOf(matchers, index);
      if (score >= 0) results.push({ index: index, score: score });
    });
    return results.sort(better);
  }

  // Puts the first `to` results of a search in order (showing more than the first fifty): the rest scored and
  // all sorted, which keeps the order of those already in order.
  function orderUpTo(found, to) {
    if (to <= found.ordered) return;
    found.results.forEach(function (result) {
      if (result.score === null) result.score = scoreOf(found.matchers, result.index);
    });
    found.results.sort(better);
    found.ordered = found.results.length;
  }

  // Every entry matching all of `query`'s terms, the first fifty best first (ties in book order), from the parts
  // `names`; and how long finding them took (the last search is kept: the page's first one is made before the
  // page is there).
  var lastSearch = { key: null, value: null };

  function matchersAndPossible(query, role, names) {
    prepareParts(names);
    var list = terms(query);
    var matchers = list.map(matcherFor);
    var marks = matchers.map(function (matcher) { return candidates(matcher, names); });
    list.forEach(function (term, m) { alsoApart(term, matchers, marks, m, names); });
    return { matchers: matchers, marks: marks, possible: possibleEntries(marks, role) };
  }

  // A word the book has in fewer than FEW_ENTRIES entries, but more often as the two words it joins (callback, 1
  // entry; call back, 36): matched written either way (matcher and marks `m` replaced). Not a word the book does
  // not have at all: closeSearch reads that one apart and says so (hangup → “hang up”).
  var FEW_ENTRIES = 5;

  function mayBeApart(term) { return scriptOf(term.charAt(0)) === "other" && term.length >= 6; }

  function alsoApart(term, matchers, marks, m, names) {
    if (!mayBeApart(term)) return;
    var joined = entriesMatching(matchers[m], marks[m], FEW_ENTRIES);
    if (!joined || joined >= FEW_ENTRIES) return;
    var split = splitMatcher(term, names);
    var apart = split && candidates(split.matcher, names);
    if (!apart || entriesMatching(split.matcher, apart, joined + 1) <= joined) return;
    matchers[m] = eitherMatcher(matchers[m], split.matcher);
    marks[m] = marks[m].map(function (flags, index) { return flags | apart[index]; });
  }

  // How many entries of those `marks` marks `matcher` matches (in any role), counted up to `enough`.
  function entriesMatching(matcher, marks, enough) {
    var count = 0;
    for (var i = 0; i < marks.length && count < enough; i++) {
      if (marks[i] === CERTAIN || (marks[i] && matchesEntry(matcher, i))) count++;
    }
    return count;
  }

  // A matcher of what either matcher matches, the better quality and every range.
  function eitherMatcher(first, second) {
    return {
      floor: Math.max(first.floor, second.floor),
      match: function (text) {
        var one = first.match(text);
        var other = second.match(text);
        if (!one || !other) return one || other;
        var ranges = one.ranges.concat(other.ranges).sort(function (a, b) { return a[0] - b[0]; });
        return { quality: Math.max(one.quality, other.quality), ranges: ranges };
      }
    };
  }

  // From the texts of the parts `names`, or from the keys when `names` is null (null when they cannot tell).
  function searchAside(query, role, names) {
    return names ? fullSearch(query, role, names) : fastSearch(query, role);
  }

  // The same, kept as the last search (with how long it took), and taken from it when asked again.
  function searchKept(query, role, names) {
    var key = query + "\n" + role + "\n" + names;
    if (lastSearch.key === key) return lastSearch.value;
    var began = now();
    var value = searchAside(query, role, names);
    if (!value) return null;
    value.spent = now() - began;
    lastSearch = { key: key, value: value };
    return value;
  }

  function fullSearch(query, role, names) {
    var found = matchersAndPossible(query, role, names);
    var ranked = rankTop(found.matchers, found.possible, PAGE);
    var value = { matchers: found.matchers, results: ranked.results, ordered: ranked.ordered };
    if (found.matchers.length && nothingOwn(ranked.results, role)) return closeSearch(query, found, role, names, value);
    if (!fewHaveAll(found.matchers, ranked.results)) return value;
    var some = someTerms(found.matchers, found.marks, role);
    return { matchers: found.matchers, results: some, ordered: some.length, allTerms: ranked.results.length };
  }

  // Whether only one or two entries match every term of a query of several ("customer silent": a guideline and a
  // taboo's reason; the situation is titled "Silent call"): then the entries with some of the terms follow them
  // (someTerms puts those with every term first), as when none has every term.
  var FEW_HAVE_ALL = 3;

  function fewHaveAll(matchers, results) {
    return matchers.length > 1 && results.length > 0 && results.length < FEW_HAVE_ALL;
  }

  // Whether `results` are none, or, with a role chosen, glossary terms alone (every role's: a role with nothing
  // but them for a query has nothing of its own).
  function nothingOwn(results, role) {
    return !results.length || (!!role && results.every(function (result) { return kindOf(result.index) === "term"; }));
  }

  // ---- When nothing matches every term: what comes close ----
  // With a role chosen, the entries of every role that match every term, if there are more than the role's
  // (which are none, or glossary terms alone: `allRoles`). Else a term
  // that matches no entry at all is replaced by a near one (nearMatcher); if every term then matches one entry,
  // those are the results (`near`: the query as it was searched). Else, for a query of several terms, the
  // entries that match some of them (`some`, someTerms).
  function closeSearch(query, found, role, names, inRole) {
    if (role) {
      var everyRole = rankTop(found.matchers, possibleEntries(found.marks, ""), PAGE);
      if (everyRole.results.length > inRole.results.length) {
        return { matchers: found.matchers, results: everyRole.results, ordered: everyRole.ordered, allRoles: true };
      }
      if (inRole.results.length) return inRole;
    }
    var list = terms(query);
    var matchers = found.matchers.slice();
    var marks = found.marks.slice();
    var changed = false;
    for (var m = 0; m < matchers.length; m++) {
      if (matchesSome(matchers[m], marks[m])) continue;
      var near = nearMatcher(list[m], names);
      if (!near) continue;
      matchers[m] = near.matcher;
      marks[m] = candidates(near.matcher, names);
      list[m] = near.term;
      changed = true;
    }
    if (changed) {
      var ranked = rankTop(matchers, possibleEntries(marks, role), PAGE);
      if (ranked.results.length) {
        var reading = { matchers: matchers, results: ranked.results, ordered: ranked.ordered };
        // Said only when a term was read as another (not initials matched apart: initialsApart).
        if (list.join(" ") !== terms(query).join(" ")) reading.near = list.join(" ");
        return reading;
      }
    }
    // Some of the terms: as typed; a word of another script that matches nothing as read (accent refund: accept,
    // refund; the status says what was searched); a Chinese or Korean term that matches nothing cut into its
    // pieces.
    var some = [];
    var someMarks = [];
    var searched = terms(query);
    var read = false;
    searched.forEach(function (term, m) {
      if (matchers[m] !== found.matchers[m] && (scriptOf(term.charAt(0)) === "other" || list[m] === term)) {
        some.push(matchers[m]);
        someMarks.push(marks[m]);
        searched[m] = list[m];
        read = read || list[m] !== term;
        return;
      }
      var pieces = matchesSome(found.matchers[m], found.marks[m]) ? [] : piecesOf(term, names);
      if (!pieces.length) {
        some.push(found.matchers[m]);
        someMarks.push(found.marks[m]);
        return;
      }
      pieces.forEach(function (piece) {
        var matcher = matcherFor(piece);
        some.push(matcher);
        someMarks.push(candidates(matcher, names));
      });
      searched[m] = pieces.join(" ");
      read = true;
    });
    var results = some.length > 1 ? someTerms(some, someMarks, role) : [];
    var value = { matchers: some, results: results, ordered: results.length, some: results.length > 0 };
    if (read && results.length) value.near = searched.join(" ");
    // A term cut into pieces (화난고객 → 화난, 고객) may leave entries with every word searched: they come first
    // (someTerms), and the status says so, as for the words typed apart (fewHaveAll); or, when every result has
    // them all, that the query was searched as those words.
    var every = results.filter(function (result) { return result.all; }).length;
    if (every && value.near) {
      value.some = false;
      if (every < results.length) value.allTerms = every;
    }
    return value;
  }

  // The pieces of a Chinese term of two characters or more: its pairs of characters that the book has, and the
  // characters of the others (客户骂人 → 客户, 骂, 人: the book says 辱骂, not 骂人; 退钱 → 退, 钱, which 退款 and
  // 钱 have; a typo, 投拆 for 投诉, still finds by the character typed right); of a Korean one of four
  // syllables or more, pairs of syllables in turn (화난고객 → 화난, 고객); none for others.
  function piecesOf(term, names) {
    var korean = /^[\uac00-\ud7a3]{4,}$/.test(term);
    var characters = Array.from(term);
    var chinese = characters.length >= 2 && characters.every(function (c) { return HAN.test(c); });
    if (!korean && !chinese) return [];
    var pairs = [];
    for (var at = 0; at + 1 < term.length; at += korean ? 2 : 1) pairs.push(term.substr(at, 2));
    if (korean && term.length % 2) pairs.push(term.slice(-2));
    pairs = pairs.filter(function (piece, index) { return pairs.indexOf(piece) === index; });
    if (korean) return pairs;
    var had = pairs.filter(function (pair) {
      var matcher = matcherFor(pair);
      return matchesSome(matcher, candidates(matcher, names));
    });
    return had.concat(characters.filter(function (c, index) {
      return characters.indexOf(c) === index && !had.some(function (pair) { return pair.indexOf(c) >= 0; });
    }));
  }

  // Whether `matcher` matches any entry of those `marks` marks (in any role).
  function matchesSome(matcher, marks) { return entriesMatching(matcher, marks, 1) > 0; }

  // The entries that match some of `matchers` and are for `role`, those of the rarest terms first (the sum of
  // log(1 + entries / entries it matches) over the terms matched: a term most entries have counts for little),
  // so that for "angry caller" the entries that say "angry" come before the many that say "caller"; then by
  // score, ties in book order. Those that match all of them (`all`) are first.
  function someTerms(matchers, marks, role) {
    var matching = matchers.map(function () { return 0; });
    var found = [];
    for (var i = 0; i < data.count; i++) {
      if (!forRole(i, role)) continue;
      var scores = null;
      for (var m = 0; m < matchers.length; m++) {
        var best = marks[m][i] ? bestMatch(matchers[m], i) : null;
        if (!best) continue;
        matching[m]++;
        (scores = scores || [])[m] = best.score;
      }
      if (scores) found.push({ index: i, scores: scores });
    }
    var weights = matching.map(function (count) { return Math.log(1 + data.count / Math.max(count, 1)); });
    return found.map(function (entry) {
      var result = { index: entry.index, rarity: 0, score: 0, all: false };
      var matched = 0;
      entry.scores.forEach(function (value, m) {
        result.rarity += weights[m];
        result.score += value;
        matched++;
      });
      result.all = matched === matchers.length;
      return result;
    }).sort(function (a, b) { return b.rarity - a.rarity || better(a, b); });
  }

  // A matcher for what a term that matches nothing was likely meant to be, and that term, or null: a Korean
  // term of three syllables or more typed without its spaces finds them with spaces anywhere between
  // (잠시만기다려 → 잠시만 기다려), else without a request's ending (환불해주세요 → 환불), else (two syllables or
  // more) becomes the Korean word nearest to it in its letters (nearestKorean: 환뷸 → 환불); a Chinese one without
  // the words of asking around it (我要退款, 怎么退款 → 退款); a word of another script, of four letters or more,
  // is read as pinyin when the Chinese texts are in (pinyinMatcher: tuikuan → 退款), else becomes two words of the
  // book it joins (six letters or more; splitMatcher: callback → call back), else the word of the texts nearest
  // to it in spelling (nearestWord: refnud → refund).
  function nearMatcher(term, names) {
    if (/^[\uac00-\ud7a3ㄱ-ㅎ]{2,}$/.test(term) && /[ㄱ-ㅎ]/.test(term)) return initialsApart(term, names);
    if (/^[\uac00-\ud7a3]{2,}$/.test(term)) {
      var spaced = term.length >= 3 ? seenAs(spacedMatcher(term), names) : null;
      if (spaced) return spaced;
      var stripped = matchingStripped(term, [], KOREAN_REQUEST_ENDINGS, names) || koreanVerbStem(term, names);
      if (stripped) return stripped;
      var korean = nearestKorean(term, names);
      return korean ? { matcher: matcherFor(korean), term: korean } : null;
    }
    if (HAN.test(term.charAt(0))) {
      return matchingStripped(term, CHINESE_ASKING, CHINESE_ENDINGS, names) ||
        homophoneMatcher(strippedOf(term, CHINESE_ASKING, CHINESE_ENDINGS), names);
    }
    if (scriptOf(term.charAt(0)) !== "other" || term.length < 4) return null;
    var pinyin = pinyinMatcher(term, names);
    if (pinyin) return pinyin;
    var split = term.length >= 6 ? splitMatcher(term, names) : null;
    if (split) return split;
    var word = nearestWord(term, names);
    return word ? { matcher: matcherFor(word), term: word } : null;
  }

  // ---- Chinese typed by sound: each Chinese character's Mandarin syllable without its tone, from
  // assets/search-readings.js (generated from Unihan's kMandarin by scripts/generate-search-readings.py), loaded
  // with the texts for a query with Chinese in it. ----
  var READINGS = "../search-readings";

  // The syllable of `character` (the table's group that holds it), or null.
  function syllableOf(character) {
    var table = parts[READINGS];
    if (!table) return null;
    for (var syllable in table) if (table[syllable].indexOf(character) >= 0) return syllable;
    return null;
  }

  // The runs of characters with `syllables` (readings of the table), in order, in the Chinese texts of the parts
  // `names`, each counted (overlapping runs too) into `counts`, which it returns. The texts are scanned once, by a
  // pattern of one class of characters per syllable.
  function wordsRead(syllables, names, counts) {
    var table = parts[READINGS];
    var pattern = new RegExp(syllables.map(function (syllable) { return "[" + table[syllable] + "]"; }).join(""), "g");
    loaded.forEach(function (part) {
      if (names.indexOf(part.name) < 0 || part.name.lastIndexOf("han-", 0) !== 0) return;
      pattern.lastIndex = 0;
      var found;
      while ((found = pattern.exec(part.hay))) {
        counts.set(found[0], (counts.get(found[0]) || 0) + 1);
        pattern.lastIndex = found.index + 1;
      }
    });
    return counts;
  }

  // A Chinese term typed with another character of the same syllable, as a pinyin input method offers it (投素 for
  // 投诉, 推款 for 退款): the word of the book's Chinese texts with the term's syllables in its order that keeps at
  // least half of its characters (of two characters, one found twice at least: a pair once in the texts is as
  // often the end of one word and the start of the next); of several, the one that keeps most, then the most
  // frequent, then the first in code point order; null when there is none (or the readings are not in).
  function homophoneMatcher(term, names) {
    var characters = Array.from(term);
    if (characters.length < 2 || characters.length > 8) return null;
    var wanted = characters.map(syllableOf);
    if (wanted.indexOf(null) >= 0) return null;
    var counts = wordsRead(wanted, names, new Map());
    var best = null;
    counts.forEach(function (count, word) {
      var kept = 0;
      for (var i = 0; i < characters.length; i++) if (word.charAt(i) === characters[i]) kept++;
      if (kept * 2 < characters.length || kept === characters.length || (characters.length === 2 && count < 2)) return;
      if (!best || kept > best.kept || (kept === best.kept && (count > best.count ||
          (count === best.count && word < best.word)))) {
        best = { word: word, kept: kept, count: count };
      }
    });
    return best ? { matcher: matcherFor(best.word), term: best.word } : null;
  }

  // ---- Chinese typed as pinyin in Latin letters, where no Chinese input method is at hand (tuikuan, tui4kuan3,
  // tousu for 投诉): a Latin term that matches nothing is read by the readings' syllables. ----
  // The shape of a term that may be pinyin of two syllables or more, before the readings are in (mayBePinyin):
  // letters (v for ü), with an apostrophe or a tone number where two syllables part.
  var PINYIN_SHAPE = /^[a-zü]+(?:['1-5]+[a-zü]+)*[1-5]?$/;
  // Ways a term may split into syllables, at most (xian: xi'an or xian; fangan: fang'an or fan'gan).
  var PINYIN_WAYS = 16;

  // Whether `query` has a term that may be pinyin: then a search that found nothing for it is made again with the
  // Chinese texts and the readings loaded (find).
  function mayBePinyin(query) {
    return terms(query).some(function (term) { return term.length >= 4 && PINYIN_SHAPE.test(term); });
  }

  // The syllables `term` reads as, every way it splits into syllables of the readings that have a vowel (not the
  // interjections hm, ng), at an apostrophe or a tone number where one is typed, v read as ü: lists of two
  // syllables or more, at most PINYIN_WAYS of them.
  function pinyinReadings(term, table) {
    if (!PINYIN_SHAPE.test(term)) return [];
    var pieces = term.replace(/v/g, "ü").split(/['1-5]+/).filter(Boolean);
    var ways = [[]];
    for (var p = 0; p < pieces.length && ways.length; p++) {
      var splits = syllablesOf(pieces[p], table);
      ways = ways.reduce(function (longer, way) {
        return longer.concat(splits.map(function (split) { return way.concat(split); }));
      }, []).slice(0, PINYIN_WAYS);
    }
    return ways.filter(function (way) { return way.length >= 2; });
  }

  // Every way `letters` is a run of syllables of `table` (at most PINYIN_WAYS).
  function syllablesOf(letters, table) {
    var ways = [];
    (function walk(at, taken) {
      if (ways.length >= PINYIN_WAYS) return;
      if (at === letters.length) return void ways.push(taken);
      for (var end = Math.min(letters.length, at + 6); end > at; end--) {
        var syllable = letters.slice(at, end);
        if (/[aeiouü]/.test(syllable) && Object.prototype.hasOwnProperty.call(table, syllable)) {
          walk(end, taken.concat([syllable]));
        }
      }
    })(0, []);
    return ways;
  }

  // A Latin term typed as the pinyin of a word of the book's Chinese texts (tuikuan → 退款): the words whose
  // characters have its syllables, in order, counted in the texts; the most frequent (of two characters, one found
  // twice at least, as homophoneMatcher asks), then the first in code point order; null when there is none (or the
  // readings or the Chinese texts are not in).
  function pinyinMatcher(term, names) {
    var table = parts[READINGS];
    if (!table) return null;
    var counts = new Map();
    pinyinReadings(term, table).forEach(function (syllables) { wordsRead(syllables, names, counts); });
    var best = null;
    counts.forEach(function (count, word) {
      if (word.length === 2 && count < 2) return;
      if (!best || count > best.count || (count === best.count && word < best.word)) best = { word: word, count: count };
    });
    return best ? { matcher: matcherFor(best.word), term: best.word } : null;
  }

  // Words of asking a reader puts around what they look for: dropped by matchingStripped.
  var CHINESE_ASKING = [
    "我想要", "可不可以", "能不能", "有没有", "是不是", "为什么", "我要", "我想", "想要", "怎么", "如何", "可以", "请问",
    "帮我", "客户要", "客户想"
  ];
  var CHINESE_ENDINGS = ["怎么办", "怎么说", "吗", "呢", "了", "啊", "吧"];
  var KOREAN_REQUEST_ENDINGS = [
    "하고싶습니다", "하고싶어요", "해주실래요", "해주세요", "해주십시오", "하고싶어", "하려고요", "하려면", "했어요",
    "합니다", "주세요", "싶어요", "해줘요", "해줘", "해요"
  ];

  // Endings of a Korean verb or adjective as said (화났어요, 들려요), dropped by koreanVerbStem: the first that leaves
  // two syllables.
  var KOREAN_VERB_ENDINGS = ["었어요", "았어요", "였어요", "는데요", "거든요", "잖아요", "습니다", "어요", "아요", "네요", "음"];
  // Last syllables whose final ㅁ makes a noun of a verb (약함, 들림, 끊김, 끊어짐), not of words (무응담 is a typo).
  var NOUN_OF_VERB = "함림김짐";

  // A Korean verb or adjective as said (화났어요, 잘안들림) without its ending, and with the final ㅆ of the past or
  // the ㅁ that makes a noun of it taken off its last syllable, which is then matched unfinished (화나 finds 화난
  // and 화나서), as typed or with spaces anywhere between (잘안들리 finds 잘 안 들리지): a matcher and the term
  // as the book has it, when a text loaded has it; else null.
  function koreanVerbStem(term, names) {
    var open = uncontracted(term);
    var found = open && stemMatch(open, names);
    if (found) return found;
    var stem = term;
    for (var e = 0; e < KOREAN_VERB_ENDINGS.length; e++) {
      var ending = KOREAN_VERB_ENDINGS[e];
      if (stem.length - ending.length >= 2 && stem.slice(-ending.length) === ending) {
        stem = stem.slice(0, -ending.length);
        break;
      }
    }
    var last = stem.charCodeAt(stem.length - 1) - SYLLABLE_BASE;
    var final = FINALS.charAt(last % 28);
    if (final === "ㅆ" || NOUN_OF_VERB.indexOf(stem.slice(-1)) >= 0) {
      stem = stem.slice(0, -1) + String.fromCharCode(SYLLABLE_BASE + last - last % 28);
    }
    if (stem === term) return null;
    return stemMatch(stem, names);
  }

  // `stem` matched unfinished, as typed or with spaces anywhere between: a matcher and the term as the book has it,
  // when a text loaded has it; else null.
  function stemMatch(stem, names) {
    var matcher = matcherFor(stem);
    if (matchesSome(matcher, candidates(matcher, names))) return { matcher: matcher, term: stem };
    return stem.length >= 3 ? seenAs(spacedMatcher(stem), names) : null;
  }

  // The vowels a verb's stem ends in, by the vowel its ending -어요/-아요 contracts with them into (들리 + 어요 =
  // 들려요, 보 + 아요 = 봐요, 주 + 어요 = 줘요, 되 + 어요 = 돼요): ㅕ → ㅣ, ㅘ → ㅗ, ㅝ → ㅜ, ㅙ → ㅚ (medial indexes).
  var CONTRACTED_VOWELS = { 6: 20, 9: 8, 14: 13, 10: 11 };

  // A verb said with a contracted ending (잘안들려요, 안봐요) as its stem (잘안들리, 안보); null when it is not one.
  function uncontracted(term) {
    var body = term.slice(-1) === "요" ? term.slice(0, -1) : term;
    var last = body.slice(-1);
    if (body.length < 2 || !isSyllable(last)) return null;
    var code = last.charCodeAt(0);
    var medial = Math.floor((code - SYLLABLE_BASE) / 28) % 21;
    if ((code - SYLLABLE_BASE) % 28 !== 0 || !(medial in CONTRACTED_VOWELS)) return null;
    return body.slice(0, -1) + String.fromCharCode(code + (CONTRACTED_VOWELS[medial] - medial) * 28);
  }

  // A pattern matcher and the first text a loaded part `names` has of it, as the term searched; or null.
  function seenAs(matcher, names) {
    var seen = null;
    loaded.forEach(function (part) {
      if (seen || names.indexOf(part.name) < 0) return;
      matcher.pattern.lastIndex = 0;
      var found = matcher.pattern.exec(part.hay);
      if (found) seen = found[0];
    });
    return seen ? { matcher: matcher, term: seen } : null;
  }

  // `term` without the words of asking at its start (`leading`) and end (`trailing`), as a matcher and term, when
  // that matches a text loaded; else null.
  function matchingStripped(term, leading, trailing, names) {
    var shorter = strippedOf(term, leading, trailing);
    if (shorter === term) return null;
    var matcher = matcherFor(shorter);
    return matchesSome(matcher, candidates(matcher, names)) ? { matcher: matcher, term: shorter } : null;
  }

  // `term` without the words of `leading` before it and of `trailing` after it, as often as they are there.
  function strippedOf(term, leading, trailing) {
    var rest = term;
    for (var again = true; again;) {
      again = false;
      for (var i = 0; i < leading.length; i++) {
        if (rest.length > leading[i].length && rest.lastIndexOf(leading[i], 0) === 0) {
          rest = rest.slice(leading[i].length);
          again = true;
        }
      }
      for (var e = 0; e < trailing.length; e++) {
        var end = trailing[e];
        if (rest.length > end.length && rest.slice(-end.length) === end) {
          rest = rest.slice(0, -end.length);
          again = true;
        }
      }
    }
    return rest;
  }

  // A Korean term with initial consonants (ㅁㅇㅈㅎ, ㅎㅂㅅㅊ, 환불ㅅ) that matches nothing written together: matched
  // with a space before or after each jamo, as the words are written (무음 전화, 환불 신청), when a text loaded
  // has it; the term is as typed (it matches what its jamo stand for: nothing is read instead). Else null.
  function initialsApart(term, names) {
    var seen = seenAs(patternMatcher(hangulPattern(term, true), 1), names);
    return seen ? { matcher: seen.matcher, term: term } : null;
  }

  // A Korean term's syllables with any spaces between them; the last, without a final consonant, unfinished (as
  // hangulPattern has it: 들리 finds 들린 and 들리지).
  function spacedMatcher(term) {
    var syllables = Array.from(term).map(escapeRegExp);
    var code = term.charCodeAt(term.length - 1);
    if ((code - SYLLABLE_BASE) % 28 === 0) syllables[syllables.length - 1] = "[" + range(code, code + 27) + "]";
    return patternMatcher(new RegExp(syllables.join("\\s*"), "g"));
  }

  // Two words of the book written as one (hangup → hang up, found also as hang-up), the first at the start of a
  // word: the most frequent pair the term splits into (the first of three letters or more, the second of two), or
  // null.
  function splitMatcher(term, names) {
    var lefts = wordsOf(names, "other", term.charAt(0));
    var best = null;
    for (var at = 3; at + 2 <= term.length; at++) {
      var left = term.slice(0, at);
      var right = term.slice(at);
      var count = lefts.get(left) || 0;
      if (count) count = Math.min(count, wordsOf(names, "other", right.charAt(0)).get(right) || 0);
      if (count && (!best || count > best.count)) best = { left: left, right: right, count: count };
    }
    if (!best) return null;
    var words = escapeRegExp(best.left) + "[\\s\\-\\u2010-\\u2015]+" + escapeRegExp(best.right);
    var matcher = patternMatcher(new RegExp("(?<![\\p{L}\\p{N}])" + words, "gu"));
    return { matcher: matcher, term: best.left + " " + best.right };
  }

  // A matcher of `pattern` (global) on the texts, every match certain, of quality `quality` (1.5 when not given).
  function patternMatcher(pattern, quality) {
    quality = quality || 1.5;
    return {
      pattern: pattern,
      certain: true,
      floor: quality,
      match: function (text) {
        var ranges = [];
        pattern.lastIndex = 0;
        var found;
        while ((found = pattern.exec(text))) ranges.push([found.index, found.index + found[0].length]);
        return ranges.length ? { quality: quality, ranges: ranges } : null;
      }
    };
  }

  // The words of a script's texts loaded, with how often each occurs (kept per set of parts): of `other`, those
  // that start with `letter` (one scan of the texts a letter: every word of the 10,000-phrase book's took 85 to
  // 170 ms, one letter's 6), of `hangul` every run of syllables.
  var vocabulary = {};

  function wordsOf(names, script, letter) {
    var prefix = script + "-";
    var mine = names.filter(function (name) { return name.lastIndexOf(prefix, 0) === 0; }).join(" ");
    var key = script + " " + (letter || "");
    var kept = vocabulary[key];
    if (kept && kept.names === mine) return kept.counts;
    var counts = new Map();
    var word = script !== "other" ? /[\uac00-\ud7a3]+/g :
      new RegExp("(?<![\\p{L}\\p{N}])" + escapeRegExp(letter) + "[\\p{L}\\p{N}]*", "gu");
    loaded.forEach(function (part) {
      if (names.indexOf(part.name) < 0 || part.name.lastIndexOf(prefix, 0) !== 0) return;
      (part.hay.match(word) || []).forEach(function (found) { counts.set(found, (counts.get(found) || 0) + 1); });
    });
    vocabulary[key] = { names: mine, counts: counts };
    return counts;
  }

  // A Korean term's jamo, one character each (initial, vowel, final when there is one), for comparing spellings.
  function jamoOf(term) {
    var out = "";
    for (var i = 0; i < term.length; i++) {
      var code = term.charCodeAt(i) - SYLLABLE_BASE;
      out += String.fromCharCode(0x1100 + Math.floor(code / 588), 0x1161 + Math.floor((code % 588) / 28));
      if (code % 28) out += String.fromCharCode(0x11A7 + code % 28);
    }
    return out;
  }

  // The Korean word of the texts nearest to `term` (syllables only) in its letters: one jamo added, dropped or
  // changed (환뷸 → 환불, 감사함니다 → 감사합니다), two for five syllables or more; compared with each word of the
  // texts as far as the term goes (particles after it do not count), with the same first consonant. The nearest,
  // then the most frequent; null when none is that near.
  function nearestKorean(term, names) {
    var most = term.length >= 5 ? 2 : 1;
    var letters = jamoOf(term);
    var best = null;
    wordsOf(names, "hangul").forEach(function (count, word) {
      if (word.length < term.length) return;
      var start = word.slice(0, term.length);
      if (start === term || Math.floor((start.charCodeAt(0) - SYLLABLE_BASE) / 588) !==
          Math.floor((term.charCodeAt(0) - SYLLABLE_BASE) / 588)) return;
      var distance = editDistance(letters, jamoOf(start), most);
      if (distance > most) return;
      var found = best && best.word === start ? best : null;
      if (found) { found.count += count; return; }
      if (!best || distance < best.distance || (distance === best.distance && count > best.count)) {
        best = { word: start, distance: distance, count: count };
      }
    });
    return best ? best.word : null;
  }

  // The word of the texts nearest to `term` in spelling, starting with the same letter (a slip of the first
  // letter is rare, and "yelling" is not "telling"): for a term of four letters, two letters swapped (hlep →
  // help; bank is not blank); of five, that or one left out (angyr → angry, acept → accept, refnd → refund); but
  // not one letter too many or another one (reset is not rest, paid not pain); at most one letter added, dropped, changed or two swapped for
  // six or seven, two such edits for a longer one. The nearest; of as near ones, one with the same
  // letters (angyr → angry, not anger), then the most frequent, then the first in alphabetical order; null when
  // none is that near.
  function nearestWord(term, names) {
    var most = term.length <= 7 ? 1 : 2;
    var letters = sortedLetters(term);
    var best = null;
    wordsOf(names, "other", term.charAt(0)).forEach(function (count, word) {
      if (Math.abs(word.length - term.length) > most) return;
      var distance = editDistance(term, word, most);
      if (distance > most || distance === 0) return;
      var same = sortedLetters(word) === letters;
      // A short word one letter off is often another word (reset, rest; paid, pain), and so is a four-letter word
      // one letter short (bank, blank; rely, reply); a five-letter one seldom (acept, refnd).
      if (term.length <= 5 && !same && (term.length < 5 || word.length !== term.length + 1)) return;
      var candidate = { word: word, distance: distance, same: same, count: count };
      if (!best || nearer(candidate, best)) best = candidate;
    });
    return best ? best.word : null;
  }

  function sortedLetters(word) { return Array.from(word).sort().join(""); }

  function nearer(a, b) {
    if (a.distance !== b.distance) return a.distance < b.distance;
    if (a.same !== b.same) return a.same;
    return a.count !== b.count ? a.count > b.count : a.word < b.word;
  }

  // The edit distance of `a` and `b` (letters added, dropped, changed, or two neighbours swapped), or more
  // than `most` as soon as it must be.
  function editDistance(a, b, most) {
    var before = null;
    var previous = [];
    for (var j = 0; j <= b.length; j++) previous.push(j);
    for (var i = 1; i <= a.length; i++) {
      var row = [i];
      var least = i;
      for (var k = 1; k <= b.length; k++) {
        var cost = a.charAt(i - 1) === b.charAt(k - 1) ? 0 : 1;
        var value = Math.min(previous[k] + 1, row[k - 1] + 1, previous[k - 1] + cost);
        if (before && i > 1 && k > 1 && a.charAt(i - 1) === b.charAt(k - 2) && a.charAt(i - 2) === b.charAt(k - 1)) {
          value = Math.min(value, before[k - 2] + 1);
        }
        row.push(value);
        least = Math.min(least, value);
      }
      if (least > most) return most + 1;
      before = previous;
      previous = row;
    }
    return previous[b.length];
  }

  // Searches `query` for `role` (or what role() gives once core.js is in) with what it needs loaded, and calls
  // done(found): from the keys when they can tell (keyFilesFor, fastSearch), else from the texts of its scripts.
  // `aside`: a search besides the page's (how many every role has), which leaves the last search as it was.
  function find(query, role, done, aside) {
    var search = aside ? searchAside : searchKept;
    var guess = query ? keyFilesFor(query) : null;
    load(["core"].concat(guess || (query ? partsFor(query) : [])), function () {
      prepareCore();
      if (!data) return;
      var forRole = typeof role === "function" ? role() : role;
      var fromTexts = function () {
        var names = query ? partsFor(query) : [];
        // A Chinese term that matches nothing may be a wrong character of its syllable (homophoneMatcher).
        load(names.concat(HAN.test(query) ? [READINGS] : []), function () {
          var found = search(query, forRole, names);
          var chinese = partsOfScript("han");
          if (!found || (found.results.length && !found.near) || names.indexOf(chinese[0]) >= 0 || !mayBePinyin(query)) {
            return done(found);
          }
          // A Latin term that matches nothing may be Chinese typed as pinyin (pinyinMatcher): searched again with
          // the Chinese texts and the readings.
          var withChinese = names.concat(chinese);
          load(withChinese.concat([READINGS]), function () { done(search(query, forRole, withChinese)); });
        });
      };
      var keys = query ? keyFilesFor(query) : null;
      if (!keys) return fromTexts();
      load(keys, function () {
        var found = search(query, forRole, null);
        if (found) done(found); else fromTexts();
      });
    });
  }

  // For the browser tests, once the page has searched `query` (its parts are in), by entry: the first fifty as
  // rankTop orders them and how many match; every match as a full sort orders them; and the results of the page's
  // last search that are in order (the fifty shown, more once more are asked for).
  // From the texts (a promise: it loads them). `keys`: the same from the keys (all in order), or null when they
  // cannot tell (for the equivalence tests).
  window.phrasebookSearchRanking = function (query, role) {
    query = composed(query);
    return new Promise(function (resolve) {
      var names = partsFor(query);
      load(["core"].concat(names, keyFilesFor(query) || []), function () {
        prepareCore();
        load(keyFilesFor(query) || [], function () {
          var found = matchersAndPossible(query, role || "", names);
          var indexes = function (results, to) {
            return results.slice(0, to).map(function (result) { return result.index; });
          };
          var ranked = rankTop(found.matchers, found.possible, PAGE);
          var last = lastSearch.value || { results: [], ordered: 0 };
          var fast = fastSearch(query, role || "");
          var keys = null;
          if (fast) {
            keys = { top: indexes(fast.results, fast.ordered), count: fast.results.length };
            orderUpTo(fast, fast.results.length);
            keys.all = indexes(fast.results);
          }
          resolve({
            top: indexes(ranked.results, ranked.ordered),
            count: ranked.results.length,
            all: indexes(rankAll(found.matchers, found.possible)),
            page: indexes(last.results, last.ordered),
            keys: keys
          });
        });
      });
    });
  };

  // The entries file entry `index` is shown from (for the kinds in the core, its part "shown-KIND"), and those of
  // results `from` to `to`.
  function inCore(kind) { return Object.prototype.hasOwnProperty.call(data.shown || {}, kind); }

  function chunkOf(index) {
    var kind = kindOf(index);
    return inCore(kind) ? "shown-" + kind : "entries-" + kind + "-" + Math.floor(rankInKind[index] / data.chunk);
  }

  function chunksFor(results, from, to) {
    var names = [];
    for (var i = from; i < to; i++) {
      var name = chunkOf(results[i].index);
      if (names.indexOf(name) < 0) names.push(name);
    }
    return names;
  }

  // What a result shows of entry `index`: its link, page and text per language. A file's string is not split
  // (fifty results need a few of its thousands of fields): where each of its entries starts is found as far as
  // the entries asked for, and kept.
  var entryStarts = {};

  function shownEntry(index) {
    var name = chunkOf(index);
    var text = parts[name] ? parts[name].entries : "";
    var starts = entryStarts[name] || (entryStarts[name] = [0]);
    var wanted = inCore(kindOf(index)) ? rankInKind[index] : rankInKind[index] % data.chunk;
    while (starts.length <= wanted && starts[starts.length - 1] < text.length) {
      var at = starts[starts.length - 1];
      for (var f = 0; f < 2 + perEntry; f++) at = text.indexOf("\uffff", at) + 1;
      starts.push(at || text.length);
    }
    var fields = [];
    for (var from = starts[wanted], g = 0; g < 2 + perEntry && from < text.length; g++) {
      var end = text.indexOf("\uffff", from);
      fields.push(text.slice(from, end));
      from = end + 1;
    }
    return {
      kind: kindOf(index), href: fields[0] || "", page: +fields[1], texts: fields.slice(2, 2 + perEntry)
    };
  }

  // ---- Before the page is there: the address's query and role, its data and first results' files ----
  // A parameter of the address, or null; an empty one is not given (the header's search form of a page that is
  // not a role's handbook sends an empty role: the reader's remembered role stands).
  function parameter(name) {
    var match = new RegExp("[?&]" + name + "=([^&#]*)").exec(window.location.search);
    if (!match || !match[1]) return null;
    try { return decodeURIComponent(match[1].replace(/\+/g, " ")); } catch (error) { return null; }
  }

  // A query composed (NFC), as the book's texts are: Korean pasted from a macOS file name is decomposed (환불 as
  // the jamo ᄒ ᅪ ᆫ ᄇ ᅮ ᆯ), which would match nothing. Before anything else is done with it.
  function composed(text) { return text.normalize ? text.normalize("NFC") : text; }

  function storedRole() {
    try { return window.localStorage.getItem(ROLE_KEY); } catch (error) { return null; }
  }

  var early = composed(parameter("q") || "").trim();
  if (!early) load(["core"], prepareCore);
  else {
    find(early, function () {
      var role = parameter("role");
      if (role === null) role = storedRole() || "";
      return data.roles.some(function (known) { return known.id === role; }) ? role : "";
    }, function (found) {
      var end = Math.min(PAGE, found.results.length);
      var first = Math.min(FIRST, end);
      load(chunksFor(found.results, 0, first), function () {
        load(chunksFor(found.results, first, end), function () {});
      });
    });
  }

  // ---- Showing results ----
  function highlighted(text, matchers) {
    var foldedText = fold(text);
    var ranges = [];
    matchers.forEach(function (matcher) {
      var found = matcher.match(foldedText);
      if (found) ranges = ranges.concat(found.ranges);
    });
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    var fragment = document.createDocumentFragment();
    var at = 0;
    ranges.forEach(function (r) {
      if (r[1] <= at) return;
      var start = Math.max(r[0], at);
      if (start > at) fragment.appendChild(document.createTextNode(text.slice(at, start)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(start, r[1]);
      fragment.appendChild(mark);
      at = r[1];
    });
    if (at < text.length) fragment.appendChild(document.createTextNode(text.slice(at)));
    return fragment;
  }

  function languageSpan(className, text, index, matchers, kind) {
    var span = document.createElement("span");
    span.className = className;
    var language = data.languages[index] || {};
    if (language.tag) span.lang = language.tag;
    if (language.dir) span.dir = language.dir;
    if (language.code) span.setAttribute("data-lang", language.code);
    if (!matchers) span.appendChild(document.createTextNode(text));
    else span.appendChild(kind === "term" ? termText(text, matchers) : highlighted(text, matchers));
    return span;
  }

  // A glossary term's text (`불만 ✗ 민원`): its forbidden variants after the ✗ struck through, in red, kept with
  // their mark.
  function termText(text, matchers) {
    var at = text.indexOf("✗ ");
    if (at < 0) return highlighted(text, matchers);
    var fragment = highlighted(text.slice(0, at), matchers);
    var never = document.createElement("span");
    never.className = "term-never";
    never.appendChild(document.createTextNode("✗ "));
    var struck = document.createElement("del");
    struck.appendChild(highlighted(text.slice(at + 2), matchers));
    never.appendChild(struck);
    fragment.appendChild(never);
    return fragment;
  }

  var kindLabels = {};

  // An interface word given in every language (a span per language) in the first language the reader keeps
  // (phrasebook.js), as the page's own words are; a word given in one language as it is.
  function word(element) {
    var choices = window.phrasebookChoices;
    var kept = choices && choices.inFirstKept ? choices.inFirstKept(element) : null;
    return kept !== null ? kept : (element.querySelector("[data-lang]") || element).textContent;
  }

  function resultItem(result, matchers, root) {
    var entry = shownEntry(result.index);
    var page = data.pages[entry.page] || { title: [] };
    var li = document.createElement("li");
    li.className = "search-result kind-" + entry.kind;
    var a = document.createElement("a");
    a.href = root + entry.href;
    var head = document.createElement("span");
    head.className = "result-where";
    var kind = document.createElement("span");
    kind.className = "result-kind";
    kind.textContent = kindLabels[entry.kind] ? word(kindLabels[entry.kind]) : entry.kind;
    head.appendChild(kind);
    // Read aloud as "Situation: Returns and refunds", not "SituationReturns and refunds" (the link's name runs its
    // inline parts together).
    var colon = document.createElement("span");
    colon.className = "visually-hidden";
    colon.textContent = ": ";
    head.appendChild(colon);
    if (entry.kind !== "title" && entry.kind !== "role") {
      page.title.forEach(function (title, index) {
        if (title) head.appendChild(languageSpan("result-page", title, index, null));
      });
    }
    a.appendChild(head);
    entry.texts.forEach(function (text, index) {
      if (text) a.appendChild(languageSpan("result-text", text, index, matchers, entry.kind));
    });
    li.appendChild(a);
    return li;
  }


  // ---- The page ----
  function start() {
    var form = document.getElementById("search-form");
    var list = document.getElementById("search-results");
    var input = document.getElementById("search-query");
    var status = document.getElementById("search-status");
    if (!form || !list || !input || !status) return;
    var pageReady = now();
    var roleSelect = document.getElementById("search-role");
    var more = document.getElementById("search-more");
    var otherRoles = document.getElementById("search-other-roles");
    var root = document.body.getAttribute("data-root") || "";
    // The reader's choices (phrasebook.js): the remembered role and the languages switched off.
    var choices = window.phrasebookChoices || {
      get: function () { return null; }, set: function () {}, hiddenLanguages: function () { return []; }
    };
    kindLabels = {};
    Array.prototype.forEach.call(document.querySelectorAll("#search-kinds [data-kind]"), function (item) {
      kindLabels[item.getAttribute("data-kind")] = item;
    });

    // The count of `found`'s results for `query`; when nothing matched every term, what was searched instead
    // (`near`: "refund" for "refnud") and whether the results have only some of the terms (of those searched
    // instead: "near-some", or "some" where a page has no such message).
    function say(found, query) {
      query = query.replace(/^["“”'‘’「」『』]+|["“”'‘’「」『』]+$/g, "");
      var count = found.results.length;
      var name = count === 0 ? "none" : count === 1 ? "one" : "many";
      var closer = found.allRoles ? ["every-role"] : found.some ? (found.near ? ["near-some", "some"] : ["some"]) :
        found.allTerms ? ["few"] : found.near && count ? ["near"] : [];
      var given = null;
      closer.concat([name]).forEach(function (say) {
        given = given || document.querySelector('#search-says [data-say="' + say + '"]');
      });
      var template = given ? word(given) : status.getAttribute("data-" + name);
      // In one pass, by a function: a query holding `$&` or `{near}` is shown as typed, not expanded.
      // Only some having every word of a term cut into words (화난고객): the words searched (화난 고객).
      var asSearched = found.allTerms && found.near ? found.near : query;
      var values = { count: String(count), query: asSearched, near: found.near || "", every: String(found.allTerms || 0) };
      status.textContent = (template || "{count}").replace(/\{(count|query|near|every)\}/g, function (_, key) {
        return values[key];
      });
    }

    var current = { matchers: [], results: [], ordered: 0, spent: 0 };
    var shown = 0;
    var runs = 0;
    // A result to give the keyboard's focus to once it is shown (`at`), for the search `token`, or null.
    var focusLater = null;

    function append(from, to) {
      var hidden = choices.hiddenLanguages();
      for (var i = from; i < to; i++) {
        var item = resultItem(current.results[i], current.matchers, root);
        Array.prototype.forEach.call(item.querySelectorAll("[data-lang]"), function (node) {
          node.hidden = hidden.indexOf(node.getAttribute("data-lang")) >= 0;
        });
        list.appendChild(item);
      }
      shown = to;
      if (more) more.hidden = shown >= current.results.length;
      focusWhenShown();
    }

    function focusWhenShown() {
      if (!focusLater || focusLater.token !== runs || focusLater.at >= shown) return;
      list.children[focusLater.at].querySelector("a").focus();
      focusLater = null;
    }

    // After "other roles" pressed (`had`: the entries shown before, by index): the keyboard's focus on the first
    // result of another role, once it is shown, else on the first result, so that a reader who pressed it from the
    // keyboard goes on from there (the button hides, and focus would fall back to the top of the page); with no
    // results, on the status.
    function focusFirstNew(had) {
      var end = Math.min(PAGE, current.results.length);
      if (!end) {
        status.setAttribute("tabindex", "-1");
        return status.focus();
      }
      var at = 0;
      while (at < end && had.has(current.results[at].index)) at++;
      focusLater = { token: runs, at: at < end ? at : 0 };
      focusWhenShown();
    }

    // The rest of the first page (results `from` to `to`), once the first are painted: its files asked for
    // after a turn of the event loop, the results added below in order when they are in. The list is busy
    // meanwhile, and "more" hidden.
    function showRest(token, from, to) {
      list.setAttribute("aria-busy", "true");
      if (more) more.hidden = true;
      window.setTimeout(function () {
        if (token !== runs) return;
        load(chunksFor(current.results, from, to), function () {
          if (token !== runs) return;
          append(from, to);
          list.removeAttribute("aria-busy");
          status.setAttribute("data-page-shown-ms", now().toFixed(1));
          restorePlace(token);
        });
      }, 0);
    }

    // With a role chosen, how many more results every role has, as a button that shows them (for this search:
    // the remembered role stays). Not for results that only come close.
    function offerOtherRoles(token, query, role) {
      if (!otherRoles) return;
      otherRoles.hidden = true;
      if (!query || !role || current.allRoles) return;
      find(query, "", function (every) {
        if (token !== runs) return;
        // Comparable when both searched the same: not partly, and with the same correction if any.
        var same = !every.some && !current.some && !every.allTerms && !current.allTerms &&
          (every.near || "") === (current.near || "");
        var extra = same ? every.results.length - current.results.length : 0;
        var given = document.querySelector('#search-says [data-say="other-roles"]');
        if (extra <= 0 || !given) return;
        otherRoles.textContent = word(given).replace("{count}", String(extra));
        otherRoles.hidden = false;
      }, true);
    }

    // The address of what is shown, to bookmark or share: `role=*` when every role's results are shown to a reader
    // with a remembered role (its "other roles" button), which an address without a role would filter by again.
    // Its other parameters are kept as they are (`languages=ko,en`, the languages shown: phrasebook.js).
    function keepInAddress(query, role) {
      var params = [];
      if (query) params.push("q=" + encodeURIComponent(query));
      if (role) params.push("role=" + encodeURIComponent(role));
      else if (choices.get(ROLE_KEY)) params.push("role=*");
      window.location.search.replace(/^\?/, "").split("&").forEach(function (param) {
        var name = param.split("=")[0];
        if (param && name !== "q" && name !== "role") params.push(param);
      });
      try {
        window.history.replaceState(place(), "", window.location.pathname +
          (params.length ? "?" + params.join("&") : "") + window.location.hash);
      } catch (error) { /* some browsers refuse it for file:// pages: the form's link still works */ }
    }

    // ---- The reader's place, kept in the history entry (history.state) so that Back from a result (or a reload)
    // shows as many results as were shown, scrolled where they were, the result opened focused: the page is built
    // again (always from file://), and the browser's own scroll restoration would come before the results. ----
    var restoring = null; // the place to go back to, for the page's first search
    var opened = -1; // the result last opened (its place in the list)

    function place() {
      var query = composed(input.value).trim();
      return { q: query, shown: shown, scroll: Math.round(window.scrollY), opened: opened };
    }

    function keepPlace() {
      try { window.history.replaceState(place(), "", window.location.href); } catch (error) { /* as above */ }
    }

    // The place kept for this query, if there is one to go back to.
    function placeToRestore() {
      var kept = window.history.state;
      if (!kept || kept.q !== composed(parameter("q") || "").trim()) return null;
      return kept.shown > PAGE || kept.scroll > 0 || kept.opened >= 0 ? kept : null;
    }

    // Once search `token`'s results are shown: scrolled where the reader was, the result they opened focused.
    function restorePlace(token) {
      if (!restoring || token !== runs) return;
      var kept = restoring;
      restoring = null;
      window.scrollTo(0, kept.scroll || 0);
      var link = kept.opened >= 0 && list.children[kept.opened] && list.children[kept.opened].querySelector("a");
      if (link) link.focus({ preventScroll: true });
      opened = kept.opened;
    }

    // The next page of results; a reader who pressed "more" from the keyboard goes on at the first of them (the
    // button hides when none are left, and focus would fall back to the top of the page).
    function showMore() {
      var token = runs;
      var from = shown;
      var end = Math.min(shown + PAGE, current.results.length);
      var focused = more && document.activeElement === more;
      orderUpTo(current, end);
      load(chunksFor(current.results, from, end), function () {
        if (token !== runs) return;
        append(from, end);
        var first = list.children[from] && list.children[from].querySelector("a");
        if (focused && first) first.focus();
        keepPlace();
      });
    }

    function run(then) {
      var began = now();
      var token = ++runs;
      var query = composed(input.value).trim();
      var role = roleSelect ? roleSelect.value : "";
      find(query, role, function (found) {
        if (token !== runs) return;
        current = found;
        // Going back to a place: as many as were shown then (at first, restoring is only for this query).
        if (restoring && restoring.q !== query) restoring = null;
        var end = Math.min(restoring ? Math.max(PAGE, restoring.shown) : PAGE, current.results.length);
        orderUpTo(current, end);
        var first = Math.min(FIRST, end);
        load(chunksFor(current.results, 0, first), function () {
          if (token !== runs) return;
          var ready = now();
          while (list.firstChild) list.removeChild(list.firstChild);
          list.removeAttribute("aria-busy");
          shown = 0;
          opened = -1;
          if (query) {
            say(current, query);
            append(0, first);
            if (first < end) showRest(token, first, end); else restorePlace(token);
            offerOtherRoles(token, query, role);
          } else {
            restoring = null;
            if (otherRoles) otherRoles.hidden = true;
            status.textContent = "";
            if (more) more.hidden = true;
          }
          var done = now();
          // The address follows the query once its results are out (replaceState is a round trip to the browser).
          window.setTimeout(function () { if (token === runs) keepInAddress(query, role); }, 0);
          if (window.performance) {
            status.setAttribute("data-start-ms", started.toFixed(1));
            status.setAttribute("data-page-ms", pageReady.toFixed(1));
            status.setAttribute("data-run-ms", began.toFixed(1));
            status.setAttribute("data-ready-ms", ready.toFixed(1));
            status.setAttribute("data-shown-ms", done.toFixed(1));
            if (first >= end) status.setAttribute("data-page-shown-ms", done.toFixed(1));
            status.setAttribute("data-parts", arrived.join(" "));
            status.setAttribute("data-query-ms", (current.spent + done - ready).toFixed(1));
          }
          if (then) then();
        });
      });
    }

    // The query and role from the address, else the reader's remembered role. The header's "My role" (roles.js)
    // is the same choice: it shows the filter's role, and choosing there filters here.
    var givenRole = parameter("role");
    var myRole = document.getElementById("my-role");
    if (roleSelect) {
      var wanted = givenRole !== null ? givenRole : choices.get(ROLE_KEY) || "";
      var known = Array.prototype.some.call(roleSelect.options, function (option) { return option.value === wanted; });
      roleSelect.value = known ? wanted : "";
      if (myRole) myRole.value = roleSelect.value;
      roleSelect.addEventListener("change", function () {
        choices.set(ROLE_KEY, roleSelect.value);
        if (myRole) myRole.value = roleSelect.value;
        run();
      });
      if (myRole) {
        myRole.addEventListener("change", function () {
          roleSelect.value = myRole.value;
          run();
        });
      }
    }
    input.value = composed(parameter("q") || "");

    // A decomposed query pasted into the box is shown composed, as it is searched (the caret where it was).
    function composeBox() {
      var value = input.value;
      if (composed(value) === value) return;
      var caret = composed(value.slice(0, input.selectionStart || 0)).length;
      input.value = composed(value);
      input.setSelectionRange(caret, caret);
    }

    var timer = null;
    input.addEventListener("input", function (event) {
      if (!event.isComposing) composeBox();
      window.clearTimeout(timer);
      timer = window.setTimeout(run, 80);
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      window.clearTimeout(timer);
      run(function () {
        var first = list.querySelector("a");
        if (first) first.focus();
      });
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown") {
        var first = list.querySelector("a");
        if (first) { event.preventDefault(); first.focus(); }
      } else if (event.key === "Escape" && input.value) {
        input.value = "";
        run();
      }
    });
    list.addEventListener("keydown", function (event) {
      var links = Array.prototype.slice.call(list.querySelectorAll("a"));
      var at = links.indexOf(document.activeElement);
      if (at < 0) return;
      if (event.key === "ArrowDown" && at + 1 < links.length) { event.preventDefault(); links[at + 1].focus(); }
      else if (event.key === "ArrowUp") { event.preventDefault(); (at > 0 ? links[at - 1] : input).focus(); }
      else if (event.key === "Escape") { input.focus(); }
    });
    if (more) more.addEventListener("click", showMore);
    // The place is kept as the reader scrolls (once they stop: the history takes a few hundred changes at most
    // in ten seconds), opens a result or leaves.
    var scrolled = null;
    window.addEventListener("scroll", function () {
      window.clearTimeout(scrolled);
      scrolled = window.setTimeout(function () { if (!restoring) keepPlace(); }, 200);
    }, { passive: true });
    list.addEventListener("click", function (event) {
      var item = event.target.closest && event.target.closest("#search-results > li");
      opened = item ? Array.prototype.indexOf.call(list.children, item) : -1;
      keepPlace();
    });
    window.addEventListener("pagehide", function () { if (!restoring) keepPlace(); });
    // A language switched on or off (phrasebook.js, whose handler runs first): the status and the results'
    // words follow it (the search itself is kept: the same query and role are not searched again).
    Array.prototype.forEach.call(document.querySelectorAll("input[data-toggle-lang]"), function (box) {
      box.addEventListener("change", function () { if (input.value.trim()) run(); });
    });
    if (otherRoles && roleSelect) {
      otherRoles.addEventListener("click", function () {
        var focused = document.activeElement === otherRoles;
        var had = new Set(current.results.map(function (result) { return result.index; }));
        roleSelect.value = "";
        run(function () { if (focused) focusFirstNew(had); });
      });
    }
    restoring = placeToRestore();
    if ("scrollRestoration" in window.history) window.history.scrollRestoration = "manual";
    run();
    // Not when going back to a place: the reader goes on from the result they opened.
    if (!restoring) input.focus();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
