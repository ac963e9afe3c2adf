// phrasebook search (search.js): words taken for one another (the core's sameWords: the glossary's forms with their
// forbidden variants, and the book's <synonyms>; SearchIndex+SameWords.swift). A term that is one of a group's
// words also matches the others, as well as itself: 顾客 finds 客户 (and 顾客生气, 客户生气), 서비스 기사 and
// 서비스기사 find 엔지니어, 손님이 finds 고객 (the particle left), clients finds customer.
// A word of several (수리 기사, return or exchange) is one term when typed as its words in a row (sameJoined).
// The keys answer a term and the words taken for it together (knownOfAll), but for a word of several typed, which
// needs the texts (the keys know each word apart: needsTexts).
(function (shared) {
  "use strict";

  var HAN = shared.HAN, HANGUL = shared.HANGUL, escapeRegExp = shared.escapeRegExp;

  // At most this many words are taken for one term (a term may hold several words of a group).
  var MOST = 12;

  // The groups as the core has them; how many words the longest word of several has; the words of several (each
  // `true`) and, for those not in Latin letters, each without its spaces (spacedWord); the words taken for each
  // term asked (sameAs). Made once core.js is in.
  var groups = null;
  var longest = 1;
  var several = {};
  var bare = {};
  var taken = new Map();

  function prepared() {
    if (groups || !shared.data) return groups || [];
    groups = shared.data.sameWords || [];
    groups.forEach(function (group) {
      group.forEach(function (word) {
        longest = Math.max(longest, word.split(" ").length);
        if (word.indexOf(" ") < 0) return;
        several[word] = true;
        if (!isLatin(word) && !Object.prototype.hasOwnProperty.call(bare, withoutSpaces(word))) {
          bare[withoutSpaces(word)] = word;
        }
      });
    });
    return groups;
  }

  function withoutSpaces(word) { return word.replace(/\s+/g, ""); }

  // Whether a word is written in neither Chinese nor Korean (its words apart by spaces, its forms by endings).
  function isLatin(word) { return !HAN.test(word) && !HANGUL.test(word); }

  // Whether `term` is `word` of a group: the same (a Korean or Chinese word also without its spaces: 서비스기사);
  // a Chinese word inside it (顾客生气), where what is around it stays; a Korean word with 님, 들 or a particle
  // after it (손님이, 고객님들); an English word with another ending (customers: customer). What of the term is
  // around the word ({ before, after }, kept around a Chinese word's others), or null.
  function sameAt(term, word) {
    if (term === word || (!isLatin(word) && term === withoutSpaces(word))) return { before: "", after: "" };
    if (HAN.test(word.charAt(0))) {
      var at = term.indexOf(word);
      return at < 0 ? null : { before: term.slice(0, at), after: term.slice(at + word.length) };
    }
    if (HANGUL.test(word.charAt(0))) {
      var bare = withoutSpaces(word);
      var start = term.lastIndexOf(word, 0) === 0 ? word : term.lastIndexOf(bare, 0) === 0 ? bare : null;
      var rest = start ? term.slice(start.length).replace(/^님?들?/, "") : null;
      return rest !== null && (rest === "" || shared.ENDINGS.indexOf(rest) >= 0) ? { before: "", after: "" } : null;
    }
    return word.indexOf(" ") < 0 && shared.stem(term) === shared.stem(word) ? { before: "", after: "" } : null;
  }

  // The terms taken for `term`, each once, without it: for every group word it is, the group's other words (around
  // a Chinese word, what was around it in the term), and those of another group's word in what they give (顾客要退
  // 钱: 客户要退款); a Chinese one without what hanTerms leaves out of a term (客户要退款: 退款, as typed).
  function sameAs(term) {
    if (!prepared().length) return [];
    if (!taken.has(term)) taken.set(term, takenFor(term));
    return taken.get(term);
  }

  function takenFor(term) {
    var all = [term];
    prepared().forEach(function (group) {
      for (var i = 0, count = all.length; i < count; i++) {
        group.forEach(function (word) {
          var at = sameAt(all[i], word);
          if (!at) return;
          group.forEach(function (other) {
            var taken = at.before + other + at.after;
            if (other !== word && all.indexOf(taken) < 0 && all.length <= MOST) all.push(taken);
          });
        });
      }
    });
    var out = [];
    all.slice(1).forEach(function (word) {
      if (HAN.test(word.charAt(0))) word = shared.hanTerm(word);
      if (word && word !== term && out.indexOf(word) < 0) out.push(word);
    });
    return out;
  }

  // `list` with a group's word of several, typed as its words in a row, as one term (수리 기사; return or exchange,
  // before its "or" would be dropped as a small word).
  function sameJoined(list) {
    if (!prepared().length || longest < 2) return list;
    var out = [];
    for (var t = 0; t < list.length; t++) {
      var joined = 0;
      for (var n = Math.min(longest, list.length - t); n >= 2 && !joined; n--) {
        if (several[list.slice(t, t + n).join(" ")] === true) joined = n;
      }
      out.push(joined ? list.slice(t, t + joined).join(" ") : list[t]);
      if (joined) t += joined - 1;
    }
    return out;
  }

  // The matcher of a term that is a group's word: of the term and of every word taken for it, each by its own
  // matcher (`own`, matcherFor's). A word of several typed finds its words in one text, anywhere, but for its small
  // words (return or exchange: return, exchange), so that the words staff typed still find what they found apart
  // (수리 기사 불친절: the keywords "기사 불친절, 수리 불만"; typed without its spaces too, 서비스기사 불친절); one
  // taken for it, its words in a row. Null for any other term.
  function sameMatcher(term, own) {
    if (!prepared().length) return null;
    var others = sameAs(term);
    if (!others.length && !severalWords(term)) return null;
    var words = function (several) { return allMatcher(shared.withoutStopWords(several.split(" ")).map(own)); };
    var spaced = severalWords(term) ? null : spacedWord(term);
    var typed = severalWords(term) ? words(term) : spaced ? anyMatcher([own(term), words(spaced)]) : own(term);
    return anyMatcher([typed].concat(others.map(function (word) {
      return lowered(severalWords(word) ? wordsInARow(word) : own(word), TAKEN);
    })));
  }

  // The group word of several that `term` is without its spaces (서비스기사: 서비스 기사), or null: typed so, it
  // also finds its words in one text, as typed with its spaces.
  function spacedWord(term) {
    prepared();
    return Object.prototype.hasOwnProperty.call(bare, term) ? bare[term] : null;
  }

  // A word taken for the one typed ranks a little below it: what says the word staff typed comes first among
  // equals (손님 finds the texts that say 손님 above the many that say 고객), and one of the group's words that names
  // another thing in the book (manager and supervisor) does not push out what the typed word finds.
  var TAKEN = 0.75;

  // `matcher` with every quality it gives times `factor`.
  function lowered(matcher, factor) {
    return {
      probes: matcher.probes, pattern: matcher.pattern, certain: matcher.certain, certainAt: matcher.certainAt,
      levels: (matcher.levels || []).map(function (level) { return [level[0], level[1] * factor]; }),
      floor: (matcher.floor || 0) * factor,
      test: matcher.test,
      match: function (text) {
        var found = matcher.match(text);
        return found && { quality: found.quality * factor, ranges: found.ranges };
      }
    };
  }

  // Whether a term is a word of several (not a Korean verb before 때, whenClauses' other term with a space).
  function severalWords(term) { return term.indexOf(" ") >= 0 && !shared.whenVerb(term); }

  // A word of several, its words in a row: at the start of a word; apart by any spaces (Korean and Chinese, where
  // staff leave them out, by none too).
  function wordsInARow(word) {
    var apart = isLatin(word) ? "\\s+" : "\\s*";
    var pattern = new RegExp("(?<![\\p{L}\\p{N}])" + word.split(" ").map(escapeRegExp).join(apart), "gu");
    return shared.patternMatcher(pattern, 2);
  }

  // The most any of `matchers` gives a text (the highest of their levels and floors), for one that finds what any
  // or all of them do: its floor, an upper bound for what reads it (eitherMatcher); bestQuality finds a tighter one
  // from their own (`anyOf`, `allOf`).
  function highest(matchers) {
    return Math.max.apply(null, matchers.map(function (matcher) {
      return Math.max.apply(null, [matcher.floor || 0].concat((matcher.levels || []).map(function (level) {
        return level[1];
      })));
    }));
  }

  // A matcher of a text that every one of `matchers` matches, at the lowest of their qualities and with all their
  // ranges; its candidates (candidates, `allOf`) the entries every one of them may match.
  function allMatcher(matchers) { return severalMatcher(matchers, true); }

  // A matcher of what any of `matchers` matches: the best quality and every range. Its candidates are every one's
  // (candidates, `anyOf`).
  function anyMatcher(matchers) { return severalMatcher(matchers, false); }

  function severalMatcher(matchers, every) {
    var joined = { floor: highest(matchers) };
    joined[every ? "allOf" : "anyOf"] = matchers;
    joined.test = function (text) {
      var holds = function (matcher) { return !!(matcher.test || matcher.match)(text); };
      return every ? matchers.every(holds) : matchers.some(holds);
    };
    joined.match = function (text) {
      var quality = null;
      var ranges = [];
      for (var m = 0; m < matchers.length; m++) {
        var found = matchers[m].match(text);
        if (!found && every) return null;
        if (!found) continue;
        ranges = ranges.concat(found.ranges);
        if (quality === null || (every ? found.quality < quality : found.quality > quality)) quality = found.quality;
      }
      if (quality === null) return null;
      return { quality: quality, ranges: ranges.sort(function (a, b) { return a[0] - b[0]; }) };
    };
    return joined;
  }

  // Whether a term of `list` is a word of several, typed with its spaces or without (spacedWord), whose words in
  // one text the keys cannot tell.
  function needsTexts(list) {
    return list.some(function (term) { return severalWords(term) || !!spacedWord(term); });
  }

  // `query` and the words taken for its terms, for which scripts' texts to load (partsFor).
  function withSameWords(query) {
    if (!shared.data || !prepared().length) return query;
    var taken = [];
    shared.terms(query).forEach(function (term) { taken = taken.concat(sameAs(term)); });
    return [query].concat(taken).join(" ");
  }

  // `found` with the glossary term first whose forbidden variant `query` is, whole, folded (the core's `avoided`:
  // 민원, 수리 기사, also without its spaces: 수리기사): the word the reader would say is one the book avoids, and the
  // term says what to say instead, above the texts that say it (found by the words taken for it).
  function avoidedFirst(query, found) {
    var avoided = (shared.data && shared.data.avoided) || {};
    var typed = found ? shared.fold(query).trim().replace(/\s+/g, " ") : "";
    var word = null;
    Object.keys(avoided).forEach(function (one) {
      if (one === typed || (!isLatin(one) && withoutSpaces(one) === withoutSpaces(typed))) word = word || one;
    });
    if (word === null) return found;
    var href = "glossary.html#term-" + avoided[word];
    var at = -1;
    for (var r = 0; r < found.results.length && at < 0; r++) {
      var index = found.results[r].index;
      if (shared.kindOf(index) === "term" && shared.shownEntry(index).href === href) at = r;
    }
    if (at <= 0) return found;
    var term = found.results.splice(at, 1)[0];
    var top = 0;
    found.results.forEach(function (result) { if (result.score !== null) top = Math.max(top, result.score); });
    term.score = top + 1;
    found.results.unshift(term);
    if (at >= found.ordered) found.ordered = Math.min(found.ordered + 1, found.results.length);
    return found;
  }

  shared.avoidedFirst = avoidedFirst; shared.TAKEN = TAKEN; shared.sameAs = sameAs; shared.sameJoined = sameJoined;
  shared.sameMatcher = sameMatcher; shared.needsTexts = needsTexts; shared.withSameWords = withSameWords;
})(window.phrasebookSearch);
