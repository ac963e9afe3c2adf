// phrasebook search (search.js): core.js prepared once (the folding table, each entry's kind, roles, category and
// situation) and the folding of a query and of the texts shown.
// Texts are folded when the site is built (SearchFolding.swift, the one definition: case, full-width forms,
// curly apostrophes, and traditional Chinese characters to simplified ones, 退貨 → 退货); a query and the texts
// shown are folded here by the table the build writes into core.js.
(function (shared) {
  "use strict";

  var asked = shared.asked, parts = shared.parts;

  // For the browser tests: the folding a query and a shown text get (once core.js is in).
  window.phrasebookSearchFold = function (text) { return shared.foldUnits ? fold(text) : null; };
  // ---- The core, prepared once: folding, each entry's kind, roles, category and situation ----
  shared.data = null;
  shared.perEntry = 1;
  shared.foldUnits = null;
  shared.categoryTexts = [];
  shared.byCategory = [];

  function prepareCore() {
    if (shared.data || !parts.core) return;
    shared.data = parts.core;
    shared.perEntry = Math.max(shared.data.languages.length, 1);
    shared.foldUnits = new Uint16Array(65536);
    for (var unit = 0; unit < 65536; unit++) shared.foldUnits[unit] = unit;
    for (var pair = 0; pair + 1 < shared.data.fold.length; pair += 2) {
      shared.foldUnits[shared.data.fold.charCodeAt(pair)] = shared.data.fold.charCodeAt(pair + 1);
    }
    shared.rankInKind = new Int32Array(shared.data.count);
    shared.situationOf = new Int32Array(shared.data.count);
    var inSituation = {};
    (shared.data.situationKinds || []).forEach(function (kind) { inSituation[kind] = true; });
    var seen = {};
    var situation = -1;
    for (var entry = 0; entry < shared.data.count; entry++) {
      var kind = kindOf(entry);
      shared.rankInKind[entry] = seen[kind] || 0;
      seen[kind] = shared.rankInKind[entry] + 1;
      if (kind === "title") situation = entry; else if (!inSituation[kind]) situation = -1;
      shared.situationOf[entry] = situation;
    }
    // What results show of the kinds that rank first comes with the core: as if their files were in.
    Object.keys(shared.data.shown || {}).forEach(function (kind) {
      parts["shown-" + kind] = { entries: shared.data.shown[kind] };
      asked["shown-" + kind] = true;
    });
    shared.categoryTexts = shared.data.categories.map(function (category) { return category.label; });
    shared.byCategory = shared.categoryTexts.map(function () { return []; });
    for (var index = 0; index < shared.data.count; index++) {
      var category = categoryOf(index);
      if (category >= 0 && shared.byCategory[category]) shared.byCategory[category].push(index);
    }
  }

  // Where entry `index` is among those of its kind, which the entries files are split by.
  shared.rankInKind = null;
  // The situation of entry `index`: its title's entry (the entries are in book order, a situation's title first,
  // then what its page says: the core's `situationKinds`), or -1 for entries of no situation (chapters, roles,
  // taboos, glossary terms).
  shared.situationOf = null;

  // The core's numbers, one character each: U+0030 + the number, skipping the backslash.
  function number(at) {
    var value = shared.data.entries.charCodeAt(at) - 0x30;
    return value > 0x2C ? value - 1 : value;
  }

  function kindOf(index) { return shared.data.kinds[number(3 * index)]; }
  function rolesOf(index) { return shared.data.roleSets[number(3 * index + 1)]; }
  function categoryOf(index) { return number(3 * index + 2) - 1; }

  // ---- Normalising by the build's table: full-width ASCII to ASCII, lower case, one code unit for one ----
  function fold(text) {
    var out = "";
    for (var from = 0; from < text.length; from += 4096) {
      var codes = [];
      for (var i = from; i < Math.min(text.length, from + 4096); i++) codes.push(shared.foldUnits[text.charCodeAt(i)]);
      out += String.fromCharCode.apply(null, codes);
    }
    return out;
  }

  function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }

  shared.prepareCore = prepareCore; shared.number = number; shared.kindOf = kindOf; shared.rolesOf = rolesOf;
  shared.categoryOf = categoryOf; shared.fold = fold; shared.escapeRegExp = escapeRegExp;
})(window.phrasebookSearch);
