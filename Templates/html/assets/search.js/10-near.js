// phrasebook search (search.js): near words, for what comes close (11-close.js).
(function (shared) {
  "use strict";

  var FINALS = shared.FINALS, SYLLABLE_BASE = shared.SYLLABLE_BASE, candidates = shared.candidates,
    escapeRegExp = shared.escapeRegExp, hangulPattern = shared.hangulPattern,
    loaded = shared.loaded, matchesOf = shared.matchesOf, matcherFor = shared.matcherFor, range = shared.range,
    uncontracted = shared.uncontracted;

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

  // A Korean verb or adjective as said (화났어요, 잘안들림; reported, 안들린대요, 고맙다고: reportedStem; one made of
  // a noun with 스럽다, 수다스러운, as that noun: 수다) without its ending, and with the final ㅆ of the past or
  // the ㅁ that makes a noun of it taken off its last syllable, which is then matched unfinished (화나 finds 화난
  // and 화나서), as typed or with spaces anywhere between (잘안들리 finds 잘 안 들리지): a matcher and the term
  // as the book has it, when a text loaded has it; else null.
  function koreanVerbStem(term, names) {
    var open = uncontracted(term);
    var found = open && stemMatch(open, names);
    if (found) return found;
    var adjective = /^([\uac00-\ud7a3]{2,})스(?:러[운워웠]|럽)/.exec(term);
    found = adjective && stemMatch(adjective[1], names);
    if (found) return found;
    var reported = /대요$/.test(term) ? shared.verbStem(term)
      : /^[\uac00-\ud7a3]{2,}다고$/.test(term) ? shared.reportedStem(term.slice(0, -2)) : null;
    found = reported && stemMatch(reported, names);
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
    if (shared.matchesSome(matcher, candidates(matcher, names))) return { matcher: matcher, term: stem };
    return stem.length >= 3 ? seenAs(spacedMatcher(stem), names) : null;
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
    return shared.matchesSome(matcher, candidates(matcher, names)) ? { matcher: matcher, term: shorter } : null;
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
        var ranges = matchesOf(pattern, text);
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

  shared.CHINESE_ASKING = CHINESE_ASKING; shared.CHINESE_ENDINGS = CHINESE_ENDINGS;
  shared.KOREAN_REQUEST_ENDINGS = KOREAN_REQUEST_ENDINGS; shared.koreanVerbStem = koreanVerbStem;
  shared.seenAs = seenAs; shared.matchingStripped = matchingStripped; shared.strippedOf = strippedOf;
  shared.initialsApart = initialsApart; shared.spacedMatcher = spacedMatcher; shared.splitMatcher = splitMatcher;
  shared.patternMatcher = patternMatcher; shared.nearestKorean = nearestKorean; shared.nearestWord = nearestWord;
})(window.phrasebookSearch);
