// phrasebook search (search.js): the texts loaded, matching them, scoring and ranking.
// A word the book has in few entries is also matched written as the two words it joins (callback, call back).
// Ranking: by score (the kind's weight times how well each term matched, a little for more matches, more when all
// terms matched in one language), ties in book order. Only the fifty shown need that order: they are selected as
// the matches are scored, and an entry whose kind could not score above the fiftieth is only counted (its match
// tested, or known from the scan); the rest are scored and sorted when more are asked for (rankTop, orderUpTo).
(function (shared) {
  "use strict";

  var PAGE = shared.PAGE, WEIGHTS = shared.WEIGHTS, categoryOf = shared.categoryOf, fastSearch = shared.fastSearch,
    kindOf = shared.kindOf, matcherFor = shared.matcherFor, now = shared.now, number = shared.number,
    parts = shared.parts, rolesOf = shared.rolesOf, scriptOf = shared.scriptOf, terms = shared.terms;

  // ---- The texts of the parts loaded: each part's folded texts in one string, every text followed by U+FFFF.
  // A term is looked for in the whole string at once (a native scan), which gives the few entries worth scoring.
  var loaded = [];
  var textPart = null;
  var textStart = null;
  var textEnd = null;

  function prepareParts(names) {
    if (!textPart) {
      textPart = new Int8Array(shared.data.count * shared.perEntry);
      textStart = new Int32Array(shared.data.count * shared.perEntry);
      textEnd = new Int32Array(shared.data.count * shared.perEntry);
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
    marks[Math.floor(part.ids[k] / shared.perEntry)] |= flags;
    return k + 1 < part.starts.length ? part.starts[k + 1] : part.hay.length;
  }

  // Which entries may match: those whose texts in the parts `names` hold one of the matcher's probes or its
  // pattern, and those whose category's label matches. An entry is marked CERTAIN where that alone means the
  // matcher matches it (its label matched, or the matcher is `certain`: a hit of its probes or pattern, which
  // stay within one text, is a match; or `certainAt` says so of a probe's hit), POSSIBLE where its texts must be
  // looked at. A matcher of any of several (`anyOf`, sameMatcher) marks what each of them marks; one of all of
  // several in one text (`allOf`) what all of them mark, as POSSIBLE (they may be in different texts).
  var POSSIBLE = 1;
  var CERTAIN = 3;

  function candidates(matcher, names) {
    var marks = new Uint8Array(shared.data.count);
    if (matcher.anyOf) {
      matcher.anyOf.forEach(function (one) {
        candidates(one, names).forEach(function (flags, index) { marks[index] |= flags; });
      });
      return marks;
    }
    if (matcher.allOf) {
      marks.fill(POSSIBLE);
      matcher.allOf.forEach(function (one) {
        candidates(one, names).forEach(function (flags, index) { if (!flags) marks[index] = 0; });
      });
      return marks;
    }
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
    shared.categoryTexts.forEach(function (labels, category) {
      if (labels.some(function (label) { return label && matcher.match(label); })) {
        shared.byCategory[category].forEach(function (index) { marks[index] = CERTAIN; });
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
    for (var t = 0; t < shared.perEntry; t++) {
      var found = matchOfText(matcher, index * shared.perEntry + t);
      if (found) {
        var score = found.quality * (WEIGHTS[kind] || 1) + Math.min(found.ranges.length, 3) * 0.1;
        if (!best || score > best.score) best = { score: score, language: t };
      }
    }
    var category = categoryOf(index);
    if (!best && category >= 0) {
      var labels = shared.categoryTexts[category] || [];
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
    for (var t = 0; t < shared.perEntry; t++) {
      var text = foldedText(index * shared.perEntry + t);
      if (text !== null && test(text)) return true;
    }
    var labels = shared.categoryTexts[categoryOf(index)] || [];
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
  // gives without them); kept as the matcher's `best`. From the keys, the best quality of any text; of a matcher
  // of several (`anyOf`, `allOf`), the best of theirs.
  function bestQuality(matcher) {
    if (matcher.known) { matcher.best = matcher.known.best; return; }
    var parts = matcher.anyOf || matcher.allOf;
    if (parts) {
      parts.forEach(bestQuality);
      matcher.best = Math.max.apply(null, parts.map(function (part) { return part.best; }));
      return;
    }
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
    var sure = new Uint8Array(shared.data.count);
    for (var i = 0; i < shared.data.count; i++) {
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
        ceilings = shared.data.kinds.map(function (kind) { return ceilingOf(matchers, kind); });
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
  shared.lastSearch = { key: null, value: null };

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
    var split = shared.splitMatcher(term, names);
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
    if (shared.lastSearch.key === key) return shared.lastSearch.value;
    var began = now();
    var value = searchAside(query, role, names);
    if (!value) return null;
    value.spent = now() - began;
    shared.lastSearch = { key: key, value: value };
    return value;
  }

  function fullSearch(query, role, names) {
    var found = matchersAndPossible(query, role, names);
    var ranked = rankTop(found.matchers, found.possible, PAGE);
    var value = { matchers: found.matchers, results: ranked.results, ordered: ranked.ordered };
    if (found.matchers.length && nothingOwn(ranked.results, role)) {
      return shared.closeSearch(query, found, role, names, value);
    }
    if (!fewHaveAll(found.matchers, ranked.results)) {
      return shared.phraseApart(query, value, role, names) || value;
    }
    var some = shared.someTerms(found.matchers, found.marks, role);
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

  shared.loaded = loaded; shared.CERTAIN = CERTAIN; shared.candidates = candidates;
  shared.markCategories = markCategories; shared.bestMatch = bestMatch; shared.forRole = forRole;
  shared.better = better; shared.possibleEntries = possibleEntries; shared.rankTop = rankTop; shared.rankAll = rankAll;
  shared.orderUpTo = orderUpTo; shared.matchersAndPossible = matchersAndPossible; shared.FEW_ENTRIES = FEW_ENTRIES;
  shared.mayBeApart = mayBeApart; shared.entriesMatching = entriesMatching; shared.searchAside = searchAside;
  shared.searchKept = searchKept; shared.FEW_HAVE_ALL = FEW_HAVE_ALL; shared.fewHaveAll = fewHaveAll;
  shared.nothingOwn = nothingOwn;
})(window.phrasebookSearch);
