// phrasebook search (search.js): a search with the data it needs, and the results' entries files.
(function (shared) {
  "use strict";

  var HAN = shared.HAN, PAGE = shared.PAGE, READINGS = shared.READINGS, fastSearch = shared.fastSearch,
    keyFilesFor = shared.keyFilesFor, kindOf = shared.kindOf, load = shared.load,
    matchersAndPossible = shared.matchersAndPossible, mayBePinyin = shared.mayBePinyin, orderUpTo = shared.orderUpTo,
    parts = shared.parts, partsFor = shared.partsFor, partsOfScript = shared.partsOfScript,
    prepareCore = shared.prepareCore, rankAll = shared.rankAll, rankTop = shared.rankTop,
    searchAside = shared.searchAside, searchKept = shared.searchKept;

  // Searches `query` for `role` (or what role() gives once core.js is in) with what it needs loaded, and calls
  // whenFound(found): from the keys when they can tell (keyFilesFor, fastSearch), else from the texts of its scripts.
  // `aside`: a search besides the page's (how many every role has), which leaves the last search as it was.
  // A query that is a situation's keyword, whole, puts that situation first (keywordsFirst), and one that is a
  // glossary term's forbidden variant, whole, that term (avoidedFirst); not in a search aside, which only counts.
  function find(query, role, whenFound, aside) {
    var search = aside ? searchAside : searchKept;
    var done = aside ? whenFound : function (found) {
      shared.keywordsFirst(query, found, function (first) { whenFound(shared.avoidedFirst(query, first)); });
    };
    var guess = query ? keyFilesFor(query) : null;
    load(["core"].concat(guess || (query ? partsFor(query) : [])), function () {
      prepareCore();
      if (!shared.data) return;
      var forRole = typeof role === "function" ? role() : role;
      var fromTexts = function () {
        var names = query ? partsFor(query) : [];
        // A Chinese term that matches nothing may be a wrong character of its syllable (homophoneMatcher).
        load(names.concat(HAN.test(query) ? [READINGS] : []), function () {
          var found = search(query, forRole, names);
          var chinese = partsOfScript("han");
          if (!found || (found.results.length && !found.near) || names.indexOf(chinese[0]) >= 0 || !mayBePinyin(query)) {
            return done(found);
          }
          // A Latin term that matches nothing may be Chinese typed as pinyin (pinyinMatcher): searched again with
          // the Chinese texts and the readings.
          var withChinese = names.concat(chinese);
          load(withChinese.concat([READINGS]), function () { done(search(query, forRole, withChinese)); });
        });
      };
      var keys = query ? keyFilesFor(query) : null;
      if (!keys) return fromTexts();
      load(keys, function () {
        var found = search(query, forRole, null);
        if (found) done(found); else fromTexts();
      });
    });
  }

  // For the browser tests, once the page has searched `query` (its parts are in), by entry: the first fifty as
  // rankTop orders them and how many match; every match as a full sort orders them; and the results of the page's
  // last search that are in order (the fifty shown, more once more are asked for).
  // From the texts (a promise: it loads them). `keys`: the same from the keys (all in order), or null when they
  // cannot tell (for the equivalence tests).
  window.phrasebookSearchRanking = function (query, role) {
    query = shared.composed(query);
    return new Promise(function (resolve) {
      var names = partsFor(query);
      load(["core"].concat(names, keyFilesFor(query) || []), function () {
        prepareCore();
        load(keyFilesFor(query) || [], function () {
          var found = matchersAndPossible(query, role || "", names);
          var indexes = function (results, to) {
            return results.slice(0, to).map(function (result) { return result.index; });
          };
          var ranked = rankTop(found.matchers, found.possible, PAGE);
          var last = shared.lastSearch.value || { results: [], ordered: 0 };
          var fast = fastSearch(query, role || "");
          var keys = null;
          if (fast) {
            keys = { top: indexes(fast.results, fast.ordered), count: fast.results.length };
            orderUpTo(fast, fast.results.length);
            keys.all = indexes(fast.results);
          }
          resolve({
            top: indexes(ranked.results, ranked.ordered),
            count: ranked.results.length,
            all: indexes(rankAll(found.matchers, found.possible)),
            page: indexes(last.results, last.ordered),
            keys: keys
          });
        });
      });
    });
  };

  // The entries file entry `index` is shown from (for the kinds in the core, its part "shown-KIND"), and those of
  // results `from` to `to`.
  function inCore(kind) { return Object.prototype.hasOwnProperty.call(shared.data.shown || {}, kind); }

  function chunkOf(index) {
    var kind = kindOf(index);
    return inCore(kind) ? "shown-" + kind
      : "entries-" + kind + "-" + Math.floor(shared.rankInKind[index] / shared.data.chunk);
  }

  function chunksFor(results, from, to) {
    var names = [];
    for (var i = from; i < to; i++) {
      var name = chunkOf(results[i].index);
      if (names.indexOf(name) < 0) names.push(name);
    }
    return names;
  }

  // What a result shows of entry `index`: its link, page and text per language. A file's string is not split
  // (fifty results need a few of its thousands of fields): where each of its entries starts is found as far as
  // the entries asked for, and kept.
  var entryStarts = {};

  function shownEntry(index) {
    var name = chunkOf(index);
    var text = parts[name] ? parts[name].entries : "";
    var starts = entryStarts[name] || (entryStarts[name] = [0]);
    var wanted = inCore(kindOf(index)) ? shared.rankInKind[index] : shared.rankInKind[index] % shared.data.chunk;
    while (starts.length <= wanted && starts[starts.length - 1] < text.length) {
      var at = starts[starts.length - 1];
      for (var f = 0; f < 2 + shared.perEntry; f++) at = text.indexOf("\uffff", at) + 1;
      starts.push(at || text.length);
    }
    var fields = [];
    for (var from = starts[wanted], g = 0; g < 2 + shared.perEntry && from < text.length; g++) {
      var end = text.indexOf("\uffff", from);
      fields.push(text.slice(from, end));
      from = end + 1;
    }
    return {
      kind: kindOf(index), href: fields[0] || "", page: +fields[1], texts: fields.slice(2, 2 + shared.perEntry)
    };
  }

  shared.find = find; shared.chunksFor = chunksFor; shared.shownEntry = shownEntry;
})(window.phrasebookSearch);
