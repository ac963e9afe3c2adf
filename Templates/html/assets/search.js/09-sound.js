// phrasebook search (search.js): Chinese typed by sound, for what comes close (11-close.js).
(function (shared) {
  "use strict";

  var loaded = shared.loaded, matcherFor = shared.matcherFor, parts = shared.parts, terms = shared.terms;

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

  shared.READINGS = READINGS; shared.homophoneMatcher = homophoneMatcher; shared.mayBePinyin = mayBePinyin;
  shared.pinyinMatcher = pinyinMatcher;
})(window.phrasebookSearch);
