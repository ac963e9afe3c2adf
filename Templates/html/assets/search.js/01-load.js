// phrasebook search: the search page (search.html?q=QUERY&role=ROLE). Loaded in the page's head, it starts at once
// to load the part of the search data the address's query needs, and lists what matches, best first, in
// #search-results once the page is there. No network, no framework: the data are scripts under assets/search/
// added as <script> elements (which works from file://, unlike fetching, and under any path), each calling
// phrasebookSearchLoaded(name, data) (SearchIndex+Script.swift):
// - core.js (always): languages, pages, categories, roles, each entry's kind, roles and category, the folding
//   table, what results show of the kinds that rank first, and the words taken for one another;
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
// The code is in parts, one concern each: the files of Templates/html/assets/search.js/, which the build joins in
// the order of their names into the one assets/search.js the page loads (Documentation/Templates.md). Each part is
// an IIFE that adds what the parts after it use to the object window.phrasebookSearch:
// - 01-load.js (this part): the namespace, the loading of the data, which parts a query needs;
// - 02-fold.js: core.js prepared (the folding table, each entry's kind, roles, category and situation), fold();
// - 03-match-han.js, 04-match-hangul.js, 05-match-words.js: the matcher of a term, per script;
// - 06-terms.js: a query's terms (folding, stop words, A/S, English contractions, Latin letters against Korean
//   or Chinese) and each term's matcher (matcherFor);
// - 07-keys.js: the keys' fast path (keyPlan, keyFilesFor, knownMatches, fastSearch);
// - 08-rank.js: the texts loaded, the entries a scan of them gives, scoring and ranking (rankTop, orderUpTo),
//   the search from the texts (searchKept);
// - 09-sound.js: Chinese typed by sound (homophoneMatcher) or as pinyin (pinyinMatcher);
// - 10-near.js: near words (Korean endings and stems, words of asking, nearestKorean, nearestWord);
// - 11-close.js: what comes close when no entry matches every term (closeSearch, nearMatcher, someTerms, and
//   situationsFirst), or when few match a lone Chinese phrase (phraseApart);
// - 12-find.js: a search with the data it needs (find), the browser tests' phrasebookSearchRanking, the
//   entries files of the results;
// - 13-keywords.js: a query that is a situation's search keyword, whole, finds that situation first
//   (keywordsFirst);
// - 14-same-words.js: words taken for one another (the core's sameWords: the book's synonyms, the glossary's
//   forms and forbidden variants; sameMatcher), and a forbidden variant's glossary term first (avoidedFirst);
// - 15-page.js: the address's query, searched before the page is there, and the page (the results list, the
//   history state, the keyboard).
(function (shared) {
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

  // The parts of the texts of the scripts `query` is written in, and those of the words taken for its terms
  // (withSameWords).
  function partsFor(query) {
    var needed = [];
    (shared.withSameWords ? shared.withSameWords(query) : query).split(SEPARATORS).forEach(function (term) {
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

  shared.now = now; shared.started = started; shared.PAGE = PAGE; shared.FIRST = FIRST; shared.ROLE_KEY = ROLE_KEY;
  shared.WEIGHTS = WEIGHTS; shared.parts = parts; shared.asked = asked; shared.arrived = arrived; shared.load = load;
  shared.HAN = HAN; shared.HANGUL = HANGUL; shared.SEPARATORS = SEPARATORS; shared.scriptOf = scriptOf;
  shared.partsFor = partsFor; shared.partsOfScript = partsOfScript;
})(window.phrasebookSearch = window.phrasebookSearch || {});
