// phrasebook search (search.js): the matcher of a term of other scripts: words.
// - Other scripts: case-folded, at the start of a word, with plural and common endings folded
//   (complaints → complaint…, refund → refunds), the British spelling as the American one (cancelled, canceled);
//   an English contraction as any of its forms (can't, cannot, can not, cant; the folding makes ’ an apostrophe).
(function (shared) {
  "use strict";

  var escapeRegExp = shared.escapeRegExp;

  // ---- Other scripts: words, case-folded, endings folded ----
  var LETTER_OR_SURROGATE = /[\p{L}\p{N}\ud800-\udfff]/u;
  var WORD_ENDINGS = ["", "s", "es", "ed", "d", "ing", "er", "ers", "ies", "ied", "y", "e", "ly", "ment", "ments"];

  // The start of a word that its forms share (complaints, complained → complain; leaves, leaving → leav, without
  // the e of -es where four letters are left and it is no -ses, -ies, -oes…: notes stays note, not not); a British
  // double l before an ending as one (misdialled, cancelling → misdial, cancel: the American spelling, and the
  // British one, start so), where five letters are left (called stays call, not cal). SearchIndex+WordStem.swift
  // is its twin, for the keywords' hashes.
  function stem(word) {
    if (word.length <= 3) return word;
    var rules = [
      [/ies$/, ""], [/ied$/, ""], [/ing$/, ""], [/ments?$/, ""], [/(ss|x|z|ch|sh)es$/, "$1"], [/ed$/, ""],
      [/(.{3}[^aeious])es$/, "$1"], [/([^s])s$/, "$1"], [/ly$/, ""], [/([^aeiou])y$/, "$1"], [/e$/, ""]
    ];
    for (var r = 0; r < rules.length; r++) {
      if (rules[r][0].test(word)) {
        var stemmed = word.replace(rules[r][0], rules[r][1]);
        if (stemmed.length >= 6 && /[aeiou]ll$/.test(stemmed) && stemmed !== word) stemmed = stemmed.slice(0, -1);
        return stemmed.length >= 3 ? stemmed : word;
      }
    }
    return word;
  }

  // Whether `rest`, after a term's stem `base` in a word, is one of the endings of its forms, so that the word is
  // the term (complaint + s; cancel + led, the British spelling of canceled).
  function isEnding(base, rest) {
    return WORD_ENDINGS.indexOf(rest) >= 0 || (/l$/.test(base) && rest.charAt(0) === "l" &&
      rest.length > 1 && WORD_ENDINGS.indexOf(rest.slice(1)) >= 0);
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
          var whole = base + found[1] === term || isEnding(base, found[1]);
          quality = Math.max(quality, whole ? 2 : 1);
        }
        return ranges.length ? { quality: quality, ranges: ranges } : null;
      }
    };
  }

  shared.stem = stem; shared.isEnding = isEnding; shared.wordMatcher = wordMatcher;
})(window.phrasebookSearch);
