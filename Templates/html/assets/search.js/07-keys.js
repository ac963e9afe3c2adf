// phrasebook search (search.js): the keys' fast path.
(function (shared) {
  "use strict";

  var CONTRACTION_OF = shared.CONTRACTION_OF, FINALS = shared.FINALS, INITIALS = shared.INITIALS, PAGE = shared.PAGE,
    SPLIT_FINALS = shared.SPLIT_FINALS, STEM_AT_START = shared.STEM_AT_START, STEM_INSIDE = shared.STEM_INSIDE,
    SYLLABLE_BASE = shared.SYLLABLE_BASE, TERM_AT_START = shared.TERM_AT_START, TERM_INSIDE = shared.TERM_INSIDE,
    foldedTerms = shared.foldedTerms, hangulStem = shared.hangulStem, isEnding = shared.isEnding,
    isSyllable = shared.isSyllable, matcherFor = shared.matcherFor, parts = shared.parts, scriptOf = shared.scriptOf,
    stem = shared.stem, terms = shared.terms, verbStem = shared.verbStem,
    whenVerb = shared.whenVerb;

  // ---- The keys (SCRIPT-keys-B.js, SearchKeys.swift): for the terms they answer exactly, which texts a term
  // matches, how well and how many times, without loading any text. A term they cannot answer exactly (keyPlan
  // null, or a text whose match only its text can tell) sends the whole query to the texts (partsFor). ----
  var BUCKETS = 128; // key files per script (SearchKeys.buckets)
  var DIGITS = new Int8Array(128).fill(-1);
  var FINAL = new Uint8Array(128);
  "0123456789abcdefghijklmnopqrstuv".split("").forEach(function (c, value) {
    DIGITS[c.charCodeAt(0)] = value;
    FINAL[c.charCodeAt(0)] = 1;
  });
  "ABCDEFGHIJKLMNOPQRSTUVWXYZ()*+-.".split("").forEach(function (c, value) { DIGITS[c.charCodeAt(0)] = value; });

  // The key file of a key: a hash of its first two code units, the second without its final consonant if it is a
  // Hangul syllable (so that a Korean term's keys and those of its last syllable opened are in one file).
  function bucketOf(script, key) {
    var hash = 0;
    for (var i = 0; i < Math.min(2, key.length); i++) {
      var unit = key.charCodeAt(i);
      if (i === 1 && unit >= 0xAC00 && unit <= 0xD7A3) unit -= (unit - SYLLABLE_BASE) % 28;
      hash = (Math.imul(hash, 31) + unit) >>> 0;
    }
    return script + "-keys-" + (hash % BUCKETS);
  }

  // Calls each(id, count) for every text of a key's postings.
  function eachPosting(postings, each) {
    var id = 0;
    var value = 0;
    var scale = 1;
    for (var i = 0; i < postings.length; i++) {
      var code = postings.charCodeAt(i);
      value += DIGITS[code] * scale;
      if (!FINAL[code]) { scale *= 32; continue; }
      id += Math.floor(value / 3);
      each(id, value % 3 + 1);
      value = 0;
      scale = 1;
    }
  }

  function postingsOf(script, field, key) {
    var file = parts[bucketOf(script, key)];
    var table = file && file[field];
    return table && Object.prototype.hasOwnProperty.call(table, key) ? table[key] : "";
  }

  // The last syllable of a Korean term with a final consonant also matches as its syllable without the final
  // (or with the first of two) followed by a syllable the final begins (hangulPattern): that syllable and jamo.
  function openedFinal(c) {
    var finalIndex = (c.charCodeAt(0) - SYLLABLE_BASE) % 28;
    var open = c.charCodeAt(0) - finalIndex;
    var finalJamo = FINALS.charAt(finalIndex);
    if (INITIALS.indexOf(finalJamo) >= 0) return { syllable: String.fromCharCode(open), jamo: finalJamo };
    var split = SPLIT_FINALS[finalJamo];
    return { syllable: String.fromCharCode(open + FINALS.indexOf(split.charAt(0))), jamo: split.charAt(1) };
  }

  // What the keys say of a term, as lists of [field, key, quality] (the texts of the first that has them match
  // at that quality) and keys whose texts, where they match none of those, only the text can tell about
  // (`unsure`); or null when the keys cannot answer the term. The term's matcher (matcherFor) is what these
  // reproduce: a word prefix at the start of a word with its endings; a Chinese term of one or two characters
  // as a substring; a Korean term of one to three consonant jamo (each a syllable it begins), or of up to three
  // characters with no jamo before the last (with a particle: the pattern only finds texts that hold the stem), but
  // not a verb as said, whose other forms only the texts tell (verbStem); of a verb before 때 (whenVerb), the noun
  // of a 하 verb (요청할 때: 요청), not another verb's stem.
  function keyPlan(term) {
    var when = whenVerb(term);
    if (when) return when.noun ? keyPlan(when.stem) : null;
    // A contraction's forms (hes: he's, he is) are in no key: the texts tell.
    if (/[\ud800-\udfff\uffff]/.test(term) || CONTRACTION_OF.has(term)) return null;
    var script = scriptOf(term.charAt(0));
    for (var i = 1; i < term.length; i++) if (scriptOf(term.charAt(i)) !== script) return null;
    if (script === "other") {
      var base = stem(term);
      return base.length >= 2 ? { script: script, words: base, keys: [base] } : null;
    }
    if (script === "han") return term.length <= 2 ? { script: script, levels: [["grams", term, 2]], unsure: [] } : null;
    if (script !== "hangul" || term.length > 3 || verbStem(term)) return null;
    var levels = [["starts", term, TERM_AT_START], ["grams", term, TERM_INSIDE]];
    var unsure = [];
    var jamo = 0;
    for (var j = 0; j < term.length; j++) if (INITIALS.indexOf(term.charAt(j)) >= 0) jamo++;
    if (jamo === term.length) {
      levels.push(["initials", term, 1]);
      return { script: script, levels: levels, unsure: unsure };
    }
    var last = term.charAt(term.length - 1);
    var first = term.slice(0, -1);
    if (jamo > (INITIALS.indexOf(last) >= 0 ? 1 : 0)) return null;
    var stemmed = hangulStem(term);
    if (stemmed) {
      levels.splice(1, 0, ["starts", stemmed, STEM_AT_START]);
      levels.push(["grams", stemmed, STEM_INSIDE]);
    } else if (INITIALS.indexOf(last) >= 0) {
      if (first.length !== 1 || !isSyllable(first)) return null;
      levels.push(["follows", first + last, 1]);
    } else if (isSyllable(last) && (last.charCodeAt(0) - SYLLABLE_BASE) % 28 === 0) {
      if (first) return null;
      levels.push(["opens", last, 1]);
    } else if (isSyllable(last)) {
      var opened = openedFinal(last);
      if (!first) levels.push(["follows", opened.syllable + opened.jamo, 1]);
      else unsure.push(["grams", first + opened.syllable]);
    }
    return { script: script, levels: levels, unsure: unsure };
  }

  // The key files a query's terms need, or null when one of its terms needs the texts.
  function keyFilesFor(query) {
    var list = foldedTerms(query);
    if (!list || !list.length || shared.needsTexts(list)) return null;
    var names = [];
    var words = [].concat.apply([], list.map(function (term) { return [term].concat(shared.sameAs(term)); }));
    for (var t = 0; t < words.length; t++) {
      var plan = keyPlan(words[t]);
      if (!plan) return null;
      var keys = plan.keys || plan.levels.concat(plan.unsure).map(function (level) { return level[1]; });
      keys.forEach(function (key) {
        var name = bucketOf(plan.script, key);
        if (names.indexOf(name) < 0) names.push(name);
      });
    }
    return names;
  }

  // Every text `term` matches, by id: its quality and number of matches (up to 3), as matcherFor's match gives
  // them, and the ids of those texts (`ids`, each once); null when a text may match that only its text can tell
  // about.
  function knownMatches(term, plan) {
    var quality = new Float64Array(shared.data.count * shared.perEntry);
    var count = new Uint8Array(shared.data.count * shared.perEntry);
    var ids = [];
    if (plan.words) {
      var base = plan.words;
      var file = parts[bucketOf("other", base)];
      var words = (file && file.words) || {};
      Object.keys(words).forEach(function (word) {
        if (word.lastIndexOf(base, 0) !== 0) return;
        var rest = word.slice(base.length);
        var whole = base + rest === term || isEnding(base, rest) ? 2 : 1;
        eachPosting(words[word], function (id, times) {
          if (!quality[id]) ids.push(id);
          quality[id] = Math.max(quality[id], whole);
          count[id] = Math.min(count[id] + times, 3);
        });
      });
      var most = 0;
      ids.forEach(function (id) { most = Math.max(most, quality[id]); });
      return { quality: quality, count: count, ids: ids, best: most };
    }
    var best = 0;
    plan.levels.forEach(function (level) {
      eachPosting(postingsOf(plan.script, level[0], level[1]), function (id, times) {
        if (quality[id]) return;
        ids.push(id);
        quality[id] = level[2];
        count[id] = times;
        best = Math.max(best, level[2]);
      });
    });
    var unsure = false;
    plan.unsure.forEach(function (key) {
      eachPosting(postingsOf(plan.script, key[0], key[1]), function (id) { if (!quality[id]) unsure = true; });
    });
    return unsure ? null : { quality: quality, count: count, ids: ids, best: best };
  }

  // Every entry matching all of `query`'s terms, the first fifty in order (rankTop), from the keys alone (keyFilesFor's files); null
  // when a term needs the texts. The same results, order and count as from the texts (search, rankTop).
  function fastSearch(query, role) {
    var list = terms(query);
    if (!list.length || shared.needsTexts(list)) return null;
    var matchers = [];
    for (var t = 0; t < list.length; t++) {
      var known = knownOfAll([list[t]].concat(shared.sameAs(list[t])));
      if (!known || (shared.mayBeApart(list[t]) && fewEntries(known.ids))) return null;
      var matcher = matcherFor(list[t]);
      matcher.known = known;
      matchers.push(matcher);
    }
    var marks = matchers.map(function (matcher) {
      var marked = new Uint8Array(shared.data.count);
      matcher.known.ids.forEach(function (id) { marked[Math.floor(id / shared.perEntry)] = shared.CERTAIN; });
      shared.markCategories(matcher, marked);
      return marked;
    });
    var ranked = shared.rankTop(matchers, shared.possibleEntries(marks, role), PAGE);
    // Nothing matched every term, or (with a role) only glossary terms did, or few did: what comes close
    // (closeSearch) or after them (fullSearch) needs the texts.
    if (shared.nothingOwn(ranked.results, role) || shared.fewHaveAll(matchers, ranked.results)) return null;
    return { matchers: matchers, results: ranked.results, ordered: ranked.ordered };
  }

  // What the keys say of a term and the words taken for it (`words`, the term first; sameAs), as its matcher
  // (sameMatcher) matches: each text at the best quality of any of them (those of a word taken for it times
  // TAKEN), its matches counted together (up to 3); null when the keys cannot tell of one of them.
  function knownOfAll(words) {
    var all = null;
    for (var w = 0; w < words.length; w++) {
      var plan = keyPlan(words[w]);
      var known = plan && knownMatches(words[w], plan);
      if (!known) return null;
      if (!all) { all = known; continue; }
      known.ids.forEach(function (id) {
        if (!all.quality[id]) all.ids.push(id);
        all.quality[id] = Math.max(all.quality[id], known.quality[id] * shared.TAKEN);
        all.count[id] = Math.min(all.count[id] + known.count[id], 3);
      });
      all.best = Math.max(all.best, known.best * shared.TAKEN);
    }
    return all;
  }

  // Whether texts `ids` are those of fewer than FEW_ENTRIES entries (but some): a word that may also be written
  // apart (alsoApart), which the texts can tell.
  function fewEntries(ids) {
    var entries = [];
    for (var i = 0; i < ids.length && entries.length < shared.FEW_ENTRIES; i++) {
      var entry = Math.floor(ids[i] / shared.perEntry);
      if (entries.indexOf(entry) < 0) entries.push(entry);
    }
    return entries.length > 0 && entries.length < shared.FEW_ENTRIES;
  }

  shared.keyFilesFor = keyFilesFor; shared.fastSearch = fastSearch;
})(window.phrasebookSearch);
