// phrasebook search (search.js): what comes close when no entry matches every term.
// When no entry matches every term (closeSearch, from the texts): with a role chosen, every role's matches; a
// term that matches nothing is read as the nearest word of the book (refnud → refund, acept → accept), in Korean
// with spaces between its syllables, without a request's ending or as a verb without its ending (잘안들림 → 잘 안 들리),
// in Chinese without words of asking (我要退款 → 退款) or as the book's word with the same syllables (投素 → 投诉,
// homophoneMatcher), in Latin letters as the pinyin of a Chinese word of the book (tuikuan → 退款, pinyinMatcher);
// then the entries with some of the terms are listed (a Latin word as read), those with the rarest terms first
// (someTerms), but first a situation whose entries have every term between them (situationsFirst: "calm down an
// angry caller"); a Chinese or Korean term that matches nothing cut into pairs (a Chinese one into the pairs the
// book has and the characters of the rest: 客户骂人 → 客户, 骂, 人). When only one or two entries match every term,
// the entries with some follow them (fewHaveAll); so too for a lone Chinese term that one or two entries have,
// with its pieces (phraseApart: 验证客户). With a role chosen, a button offers the other roles' results.
(function (shared) {
  "use strict";

  var CHINESE_ASKING = shared.CHINESE_ASKING, CHINESE_ENDINGS = shared.CHINESE_ENDINGS, HAN = shared.HAN,
    KOREAN_REQUEST_ENDINGS = shared.KOREAN_REQUEST_ENDINGS, PAGE = shared.PAGE, bestMatch = shared.bestMatch,
    better = shared.better, candidates = shared.candidates, entriesMatching = shared.entriesMatching,
    forRole = shared.forRole, homophoneMatcher = shared.homophoneMatcher, initialsApart = shared.initialsApart,
    koreanVerbStem = shared.koreanVerbStem, matcherFor = shared.matcherFor, matchingStripped = shared.matchingStripped,
    nearestKorean = shared.nearestKorean, nearestWord = shared.nearestWord, pinyinMatcher = shared.pinyinMatcher,
    possibleEntries = shared.possibleEntries, rankTop = shared.rankTop, scriptOf = shared.scriptOf,
    seenAs = shared.seenAs, spacedMatcher = shared.spacedMatcher, splitMatcher = shared.splitMatcher,
    strippedOf = shared.strippedOf, terms = shared.terms;

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

  // A query of one Chinese term of four characters or more that only one or two entries have (验证客户: by two of
  // its bigrams, in a text that says 保证客户): those first, then the entries with some of its pieces (piecesOf:
  // 验证, 证客, 客户), as for several words of which few entries have all (fewHaveAll): those with every
  // piece first, else a situation that has them all between its entries (someTerms). Else null.
  function phraseApart(query, found, role, names) {
    var list = terms(query);
    if (list.length !== 1 || list[0].length < 4 || !HAN.test(list[0]) || !found.results.length ||
        found.results.length >= shared.FEW_HAVE_ALL) return null;
    var pieces = piecesOf(list[0], names);
    if (pieces.length < 2) return null;
    var matchers = pieces.map(matcherFor);
    var some = someTerms(matchers, matchers.map(function (matcher) { return candidates(matcher, names); }), role);
    var first = found.results.map(function (result) { return result.index; });
    var results = found.results.concat(some.filter(function (result) { return first.indexOf(result.index) < 0; }));
    return { matchers: found.matchers.concat(matchers), results: results, ordered: results.length,
      allTerms: first.length };
  }

  // Whether `matcher` matches any entry of those `marks` marks (in any role).
  function matchesSome(matcher, marks) { return entriesMatching(matcher, marks, 1) > 0; }

  // The entries that match some of `matchers` and are for `role`, those of the rarest terms first (the sum of
  // log(1 + entries / entries it matches) over the terms matched: a term most entries have counts for little),
  // so that for "angry caller" the entries that say "angry" come before the many that say "caller"; a term with
  // words taken for it (sameMatcher) as rare as what it finds with them (client: as customer); then by
  // score, ties in book order. Those that match all of them (`all`) are first; when there are none, the best
  // entry of each situation that has every term between its entries (situationsFirst).
  function someTerms(matchers, marks, role) {
    var matching = matchers.map(function () { return 0; });
    var found = [];
    for (var i = 0; i < shared.data.count; i++) {
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
    var weights = matching.map(function (count) { return Math.log(1 + shared.data.count / Math.max(count, 1)); });
    var results = found.map(function (entry) {
      var result = { index: entry.index, rarity: 0, score: 0, all: false };
      var matched = 0;
      entry.scores.forEach(function (value, m) {
        result.rarity += weights[m];
        result.score += value;
        matched++;
      });
      result.matched = matched;
      result.all = matched === matchers.length;
      return result;
    }).sort(function (a, b) { return b.rarity - a.rarity || better(a, b); });
    return situationsFirst(found, results, matchers.length);
  }

  // `results` (sorted), when none has every one of the `terms` terms, with the best entry of each situation whose
  // entries have them all between them moved first ("calm down an angry caller": the keywords "angry caller" and
  // a phrase "calm down"): the situation is what was looked for, its words only spread over its page. Only a
  // situation whose terms together score more (each term's best score among its entries, summed) than any one
  // entry: words common enough to be on most pages ("customer can't hear me") do not make a situation; at most
  // SITUATIONS_FIRST, the best first, ties in book order. Its entry moved: the one with the most of the terms,
  // then the best score. `found`: the entries' scores, by term.
  var SITUATIONS_FIRST = 3;

  function situationsFirst(found, results, terms) {
    if (results.length && results[0].all) return results;
    var situations = new Map();
    found.forEach(function (entry) {
      var situation = shared.situationOf[entry.index];
      if (situation < 0) return;
      var best = situations.get(situation) || { situation: situation, scores: [], covered: 0 };
      situations.set(situation, best);
      entry.scores.forEach(function (value, m) {
        if (best.scores[m] === undefined) best.covered++;
        best.scores[m] = Math.max(best.scores[m] || 0, value);
      });
    });
    var single = 0;
    results.forEach(function (result) { single = Math.max(single, result.score); });
    var chosen = [];
    situations.forEach(function (best) {
      if (best.covered < terms) return;
      best.score = best.scores.reduce(function (sum, value) { return sum + value; }, 0);
      if (best.score > single) chosen.push(best);
    });
    chosen.sort(function (a, b) { return b.score - a.score || a.situation - b.situation; });
    chosen = chosen.slice(0, SITUATIONS_FIRST);
    var picked = chosen.map(function (best) {
      return results.reduce(function (most, result) {
        if (shared.situationOf[result.index] !== best.situation) return most;
        return !most || result.matched > most.matched || (result.matched === most.matched && better(result, most) < 0)
          ? result : most;
      }, null);
    });
    return picked.concat(results.filter(function (result) { return picked.indexOf(result) < 0; }));
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

  shared.closeSearch = closeSearch; shared.phraseApart = phraseApart; shared.matchesSome = matchesSome;
  shared.someTerms = someTerms;
})(window.phrasebookSearch);
