// phrasebook search (search.js): the matcher of a Korean term.
// - Korean: the term as a substring; a trailing particle or ending dropped (불만을 → 불만); a consonant jamo
//   matches any syllable it begins (ㅎ → 해, ㅎㅍㅋ → 해피콜); a last syllable still being typed matches its
//   completions (하 → 한, 햎 → 해피); jamo that match nothing so, across a space (ㅁㅇㅈㅎ → 무음 전화, closeSearch).
(function (shared) {
  "use strict";

  var HANGUL = shared.HANGUL, escapeRegExp = shared.escapeRegExp, occurrences = shared.occurrences;

  // ---- Korean ----
  var SYLLABLE_BASE = 0xAC00;
  var INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
  var FINALS = " ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ";
  var SPLIT_FINALS = {
    "ㄳ": "ㄱㅅ", "ㄵ": "ㄴㅈ", "ㄶ": "ㄴㅎ", "ㄺ": "ㄹㄱ", "ㄻ": "ㄹㅁ", "ㄼ": "ㄹㅂ", "ㄽ": "ㄹㅅ",
    "ㄾ": "ㄹㅌ", "ㄿ": "ㄹㅍ", "ㅀ": "ㄹㅎ", "ㅄ": "ㅂㅅ"
  };
  // Particles and endings a reader may type after a word; the longest that leaves two syllables is dropped: the
  // copula (먹통이에요, 얼마예요), a verb made a noun (거절하기) or an adjective (이관된 민원, 처리되는) as well.
  var ENDINGS = [
    "에서는", "에게서", "으로는", "이라고", "입니다", "합니다", "했어요", "이에요", "에서", "에게", "한테", "께서",
    "으로", "부터", "까지", "처럼", "보다", "이나", "이랑", "라고", "하다", "해요", "하는", "하고", "하면", "하기",
    "되는", "예요", "은", "는", "이", "가", "을", "를", "의", "에", "로", "와", "과", "도", "만", "랑", "요", "해",
    "한", "된"
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

  shared.SYLLABLE_BASE = SYLLABLE_BASE; shared.INITIALS = INITIALS; shared.FINALS = FINALS;
  shared.SPLIT_FINALS = SPLIT_FINALS; shared.ENDINGS = ENDINGS; shared.range = range; shared.isSyllable = isSyllable;
  shared.hangulPattern = hangulPattern; shared.hangulStem = hangulStem; shared.TERM_AT_START = TERM_AT_START;
  shared.STEM_AT_START = STEM_AT_START; shared.TERM_INSIDE = TERM_INSIDE; shared.STEM_INSIDE = STEM_INSIDE;
  shared.hangulMatcher = hangulMatcher;
})(window.phrasebookSearch);
