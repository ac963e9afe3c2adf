// phrasebook search (search.js): a query that is one of a situation's search keywords, whole, finds that situation
// first. Keywords are what staff call a situation that its texts do not say (`<keywords>`, ContentFormat.md); a
// query of several words (`check-in call`, `방문 수리`, `speak up`; `계속 전화해요`, its last word's ending aside)
// also matches weightier entries that have its words apart (a phrase with "check" and "call" outscores the
// keywords), so the one place where it is said whole would come far down. Which keywords a query is, whole, is
// read from the keywords' entries files (what results show), loaded only when a keywords entry matched and the
// query's hash is one of the keywords' (core.js's `wholeKeywords`, SearchIndex+WholeKeywords.swift): most queries
// are no keyword, and load nothing more.
(function (shared) {
  "use strict";

  var FIRST = shared.FIRST, chunksFor = shared.chunksFor, fold = shared.fold, hangulStem = shared.hangulStem,
    kindOf = shared.kindOf, load = shared.load, shownEntry = shared.shownEntry, stem = shared.stem,
    terms = shared.terms, whenVerb = shared.whenVerb;

  // What separates a language's keywords (ContentFormat.md, "Search keywords").
  var SEPARATORS = /[,，、;；\n]/;

  // What a query and a keyword are compared by: folded, without spaces and hyphens (방문수리 is 방문 수리,
  // `checkin call` is `check-in call`). The build hashes the keywords the same way (`wholeKey`).
  function wholeKey(text) { return fold(text).replace(/[\s\-‐‑]+/g, ""); }

  // What they are also compared by: each word at its root, so that a keyword typed in other forms of its words is
  // typed whole (when the customer leaves is the keyword customer leaving: customerleav). The build hashes the
  // keywords so too (`stemmedKey`, SearchIndex+WordStem.swift).
  function stemmedKey(text) { return fold(text).split(/[\s\-‐‑]+/).map(rootOf).join(""); }

  // What a query or a keyword with a Korean verb clause (06-terms.js: a verb before 때, 경우, 법 or 방법, or in -면
  // at its end) is also compared by: its terms with each clause as its verb's stem, so that the keyword 전화 끊을 때
  // is typed whole as 전화 끊는 법 or 전화 끊으면 (전화끊); "" for any other. The core has no hash of these: a query
  // with such a clause may be a keyword whatever its hash (mayBeKeyword).
  function verbsKey(text) {
    var list = terms(text);
    if (!list.some(whenVerb)) return "";
    return wholeKey(list.map(function (term) {
      var verb = whenVerb(term);
      return verb ? verb.stem : term;
    }).join(" "));
  }

  // A word's root: its stem (05-match-words.js) taken again until it no longer changes, without the second l of a
  // double l after a vowel where six letters or more are left, so that a word's forms have one root: leave, leaves,
  // leaving are leav; statement, states stat (stem takes statement to state, then state to stat); farewell,
  // farewells farewel (`wordRoot`).
  function rootOf(word) {
    for (var next = stem(word); next !== word; next = stem(word)) word = next;
    return word.length >= 6 && /[aeiou]ll$/.test(word) ? word.slice(0, -1) : word;
  }

  // The lower 16 bits of the 32-bit FNV-1a hash of a key's code units, as four hexadecimal digits
  // (`wholeKeywordHash`).
  function hashOf(key) {
    var hash = 0x811c9dc5;
    for (var i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193) >>> 0;
    return ("000" + (hash & 0xffff).toString(16)).slice(-4);
  }

  // The keys a query may be a keyword as: its own; when its last word is Korean with a particle or an ending
  // (hangulStem), without it: 방문 수리를 is 방문 수리, 계속 전화해요 is 계속 전화; its terms (what is searched:
  // without small words and "when", when hanging up is hanging up; 挂电话的时候 is 挂电话); and the last two with
  // their words at their stems (stemmedKey); and its verb clauses' stems (verbsKey).
  function keysOf(query) {
    var key = wholeKey(query);
    var words = query.trim().split(/\s+/);
    var korean = hangulStem(words[words.length - 1]);
    if (korean) words[words.length - 1] = korean;
    var stemmed = korean ? wholeKey(words.join(" ")) : "";
    var searched = terms(query).join(" ");
    var keys = [key, stemmed, wholeKey(searched), stemmedKey(query), stemmedKey(searched), verbsKey(query)];
    return keys.filter(function (one, at, all) { return !!one && all.indexOf(one) === at; });
  }

  // Whether `query` may be a keyword, whole: the hash of one of its keys is one of the keywords', or it has a
  // verb clause (verbsKey).
  var hashes = null;

  function mayBeKeyword(query) {
    if (!hashes) {
      hashes = {};
      (shared.data.wholeKeywords || "").replace(/..../g, function (hash) { hashes[hash] = true; return ""; });
    }
    return verbsKey(query) !== "" || keysOf(query).some(function (key) { return hashes[hashOf(key)] === true; });
  }

  // For the browser tests: whether the core says `text` may be a keyword, whole (once core.js is in).
  window.phrasebookSearchMayBeKeyword = function (text) { return shared.data ? mayBeKeyword(text) : null; };

  // Whether one of `keys` (keysOf a query) is one of the keywords of entry `index` in a language (its entries file
  // is in).
  function isKeywordOf(keys, index) {
    return shownEntry(index).texts.some(function (text) {
      return text.split(SEPARATORS).some(function (keyword) {
        return keys.indexOf(wholeKey(keyword)) >= 0 || keys.indexOf(stemmedKey(keyword)) >= 0 ||
          keys.indexOf(verbsKey(keyword)) >= 0;
      });
    });
  }

  // Calls done(found) with the keywords entries whose keywords `query` is, whole, first (in book order) and scored
  // above every other result, so that ordering more of them (orderUpTo) keeps them first; the other results keep
  // their order, and `found.ordered` counts those in order. Asked twice of one search (the address's query, then
  // the page's), it moves nothing more. The keywords' files are asked for with those of the first results, which
  // the page shows next: one round of loading, not two.
  function keywordsFirst(query, found, done) {
    if (!found || !mayBeKeyword(query)) return done(found);
    var keywords = found.results.filter(function (result) { return kindOf(result.index) === "keywords"; });
    if (!keywords.length) return done(found);
    var shownFirst = chunksFor(found.results, 0, Math.min(FIRST, found.results.length));
    load(chunksFor(keywords, 0, keywords.length).concat(shownFirst), function () {
      var keys = keysOf(query);
      keywords.forEach(function (result) { if (isKeywordOf(keys, result.index)) result.whole = true; });
      var first = [];
      var rest = [];
      var inOrder = 0;
      var top = 0;
      found.results.forEach(function (result, at) {
        if (result.whole) return first.push(result);
        rest.push(result);
        if (at < found.ordered) inOrder++;
        if (result.score !== null) top = Math.max(top, result.score);
      });
      first.sort(function (a, b) { return a.index - b.index; });
      first.forEach(function (result) { result.score = top + 1; });
      found.results = first.concat(rest);
      found.ordered = first.length + inOrder;
      done(found);
    });
  }

  shared.keywordsFirst = keywordsFirst; shared.rootOf = rootOf;
})(window.phrasebookSearch);
