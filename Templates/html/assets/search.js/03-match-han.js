// phrasebook search (search.js): the matcher of a Chinese (Han or kana) term.
// - Chinese (and other Han/kana text): the term as a substring; a term of four characters or more also by its
//   character bigrams (at least half of them).
(function (shared) {
  "use strict";

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

  shared.hanMatcher = hanMatcher; shared.occurrences = occurrences;
})(window.phrasebookSearch);
