// phrasebook search: the search page (search.html?q=QUERY&role=ROLE). Reads window.PHRASEBOOK_SEARCH (from
// assets/search-data.js) and lists what matches, best first, in #search-results. No network, no framework: works
// from file:// and under any path. Every word it shows comes from the page (data-* attributes and the
// #search-kinds list), so the templates decide the interface language.
//
// Matching, per term of the query (all terms must match one entry, in any of its languages):
// - Chinese (and other Han/kana text): the term as a substring; a longer term also by its character bigrams
//   (at least half of them).
// - Korean: the term as a substring; a trailing particle or ending dropped (불만을 → 불만); a consonant jamo
//   matches any syllable it begins (ㅎ → 해, ㅎㅍㅋ → 해피콜); a last syllable still being typed matches its
//   completions (하 → 한, 햎 → 해피).
// - Other scripts: case-folded, at the start of a word, with plural and common endings folded
//   (complaints → complaint…, refund → refunds).
(function () {
  "use strict";

  var started = window.performance ? window.performance.now() : 0;
  var data = window.PHRASEBOOK_SEARCH;
  var form = document.getElementById("search-form");
  var list = document.getElementById("search-results");
  if (!data || !form || !list) return;
  var input = document.getElementById("search-query");
  var roleSelect = document.getElementById("search-role");
  var status = document.getElementById("search-status");
  var more = document.getElementById("search-more");
  var root = document.body.getAttribute("data-root") || "";
  var PAGE = 50;
  var ROLE_KEY = "phrasebook.role";

  var WEIGHTS = {
    title: 10, chapter: 8, role: 8, taboo: 7, phrase: 6, when: 4, guideline: 4, "taboo-why": 3, note: 3,
    avoid: 3, turn: 3, "case": 3, why: 2, category: 2
  };
  var kindLabels = {};
  Array.prototype.forEach.call(document.querySelectorAll("#search-kinds [data-kind]"), function (item) {
    kindLabels[item.getAttribute("data-kind")] = item.textContent;
  });

  // The reader's choices (phrasebook.js): the remembered role and the languages switched off.
  var choices = window.phrasebookChoices || { get: function () { return null; }, set: function () {}, hiddenLanguages: function () { return []; } };
  var stored = choices.get;
  var store = choices.set;

  // ---- Normalising: full-width ASCII to ASCII, lower case, one code unit for one ----
  function fold(text) {
    var folded = text.replace(/[\uFF01-\uFF5E]/g, function (c) {
      return String.fromCharCode(c.charCodeAt(0) - 0xFEE0);
    });
    var lower = folded.toLowerCase();
    if (lower.length === folded.length) return lower;
    var out = "";
    for (var i = 0; i < folded.length; i++) {
      var one = folded.charAt(i).toLowerCase();
      out += one.length === 1 ? one : folded.charAt(i);
    }
    return out;
  }

  function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }

  // ---- Chinese and kana: substrings; a longer term also by its character bigrams (at least half of them,
  // ranked by how many), which needs no word list and finds 投诉处理 where 投诉 and 处理 are apart ----
  function hanMatcher(term) {
    var grams = [];
    if (term.length >= 3) for (var i = 0; i + 2 <= term.length; i++) grams.push(term.substr(i, 2));
    var needed = Math.ceil(grams.length / 2);
    return {
      probes: grams.length ? grams : [term],
      match: function (text) {
        var ranges = occurrences(text, term);
        if (ranges.length) return { quality: 2, ranges: ranges };
        if (!grams.length) return null;
        var hits = 0;
        for (var g = 0; g < grams.length; g++) {
          var found = occurrences(text, grams[g]);
          if (found.length) hits++;
          ranges = ranges.concat(found);
        }
        return hits >= needed ? { quality: 1.5 * hits / grams.length, ranges: ranges } : null;
      }
    };
  }

  function occurrences(text, part) {
    var ranges = [];
    var at = text.indexOf(part);
    while (at >= 0) {
      ranges.push([at, at + part.length]);
      at = text.indexOf(part, at + part.length);
    }
    return ranges;
  }

  // ---- Korean ----
  var SYLLABLE_BASE = 0xAC00;
  var INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";
  var FINALS = " ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ";
  var SPLIT_FINALS = {
    "ㄳ": "ㄱㅅ", "ㄵ": "ㄴㅈ", "ㄶ": "ㄴㅎ", "ㄺ": "ㄹㄱ", "ㄻ": "ㄹㅁ", "ㄼ": "ㄹㅂ", "ㄽ": "ㄹㅅ",
    "ㄾ": "ㄹㅌ", "ㄿ": "ㄹㅍ", "ㅀ": "ㄹㅎ", "ㅄ": "ㅂㅅ"
  };
  // Particles and endings a reader may type after a word; the longest that leaves two syllables is dropped.
  var ENDINGS = [
    "에서는", "에게서", "으로는", "이라고", "입니다", "합니다", "했어요", "에서", "에게", "한테", "께서", "으로",
    "부터", "까지", "처럼", "보다", "이나", "이랑", "라고", "하다", "해요", "하는", "하고", "하면", "은", "는",
    "이", "가", "을", "를", "의", "에", "로", "와", "과", "도", "만", "랑", "요", "해", "한"
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
  // unfinished (any final consonant may follow, or its final is the next syllable's initial).
  function hangulPattern(term) {
    var pattern = "";
    for (var i = 0; i < term.length; i++) {
      var c = term.charAt(i);
      var last = i === term.length - 1;
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

  function hangulMatcher(term) {
    var stem = null;
    for (var e = 0; e < ENDINGS.length && !stem; e++) {
      var ending = ENDINGS[e];
      if (term.length - ending.length >= 2 && term.slice(-ending.length) === ending) {
        stem = term.slice(0, term.length - ending.length);
      }
    }
    var typing = hangulPattern(term);
    return {
      probes: stem ? [stem] : [],
      pattern: typing,
      match: function (text) {
        var ranges = occurrences(text, term);
        if (ranges.length) return { quality: 2, ranges: ranges };
        if (stem) {
          ranges = occurrences(text, stem);
          if (ranges.length) return { quality: 1.5, ranges: ranges };
        }
        ranges = [];
        typing.lastIndex = 0;
        var found;
        while ((found = typing.exec(text))) ranges.push([found.index, found.index + found[0].length]);
        return ranges.length ? { quality: 1, ranges: ranges } : null;
      }
    };
  }

  // ---- Other scripts: words, case-folded, endings folded ----
  var WORD_ENDINGS = ["", "s", "es", "ed", "d", "ing", "er", "ers", "ies", "ied", "y", "e", "ly", "ment", "ments"];

  function stem(word) {
    if (word.length <= 3) return word;
    var rules = [
      [/ies$/, ""], [/ied$/, ""], [/ing$/, ""], [/ments?$/, ""], [/(ss|x|z|ch|sh)es$/, "$1"], [/ed$/, ""],
      [/([^s])s$/, "$1"], [/ly$/, ""], [/([^aeiou])y$/, "$1"], [/e$/, ""]
    ];
    for (var r = 0; r < rules.length; r++) {
      if (rules[r][0].test(word)) {
        var stemmed = word.replace(rules[r][0], rules[r][1]);
        return stemmed.length >= 3 ? stemmed : word;
      }
    }
    return word;
  }

  function wordMatcher(term) {
    var base = stem(term);
    var pattern = new RegExp("(?<![\\p{L}\\p{N}])" + escapeRegExp(base) + "([\\p{L}\\p{N}]*)", "gu");
    return {
      probes: [base],
      match: function (text) {
        if (text.indexOf(base) < 0) return null;
        var ranges = [];
        var quality = 0;
        pattern.lastIndex = 0;
        var found;
        while ((found = pattern.exec(text))) {
          ranges.push([found.index, found.index + found[0].length]);
          var whole = base + found[1] === term || WORD_ENDINGS.indexOf(found[1]) >= 0;
          quality = Math.max(quality, whole ? 2 : 1);
        }
        return ranges.length ? { quality: quality, ranges: ranges } : null;
      }
    };
  }

  var HAN = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/;
  var HANGUL = /[\u1100-\u11ff\u3131-\u318e\uac00-\ud7a3]/;

  function matcherFor(term) {
    if (HANGUL.test(term)) return hangulMatcher(term);
    if (HAN.test(term)) return hanMatcher(term);
    return wordMatcher(term);
  }

  function terms(query) {
    return fold(query).split(/[\s,，、。;；]+/).map(function (term) {
      return term.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
    }).filter(function (term) { return term.length > 0; });
  }

  // ---- The data, folded once into one string: every text of every entry, in order, apart by U+0001 ----
  // A term is looked for in the whole string at once (a native scan), which gives the few entries worth scoring.
  var entries = data.entries;
  var languages = data.languages || [];
  var perEntry = Math.max(languages.length, 1);
  var plain = [];
  entries.forEach(function (entry) {
    for (var t = 0; t < perEntry; t++) plain.push(entry.texts[t] || "");
  });
  var hay = fold(plain.join("\u0001"));
  var starts = new Array(plain.length);
  for (var k = 0, at = 0; k < plain.length; k++) {
    starts[k] = at;
    at += plain[k].length + 1;
  }
  var categoryTexts = (data.categories || []).map(function (category) { return category.label.map(fold); });
  var byCategory = categoryTexts.map(function () { return []; });
  entries.forEach(function (entry, index) {
    if (entry.category !== undefined && byCategory[entry.category]) byCategory[entry.category].push(index);
  });
  if (window.performance) {
    status.setAttribute("data-ready-ms", started.toFixed(1));
    status.setAttribute("data-prepare-ms", (window.performance.now() - started).toFixed(1));
  }

  function foldedText(k) { return hay.substr(starts[k], plain[k].length); }

  // The entry a position of the folded string falls in.
  function entryAt(position) {
    var low = 0;
    var high = starts.length - 1;
    while (low < high) {
      var middle = (low + high + 1) >> 1;
      if (starts[middle] <= position) low = middle; else high = middle - 1;
    }
    return Math.floor(low / perEntry);
  }

  // Which entries may match: those whose texts hold one of the matcher's probes or its pattern, and those
  // whose category's label matches.
  function candidates(matcher) {
    var marks = new Uint8Array(entries.length);
    (matcher.probes || []).forEach(function (probe) {
      for (var at = hay.indexOf(probe); at >= 0; at = hay.indexOf(probe, at + 1)) marks[entryAt(at)] = 1;
    });
    if (matcher.pattern) {
      matcher.pattern.lastIndex = 0;
      var found;
      while ((found = matcher.pattern.exec(hay))) {
        marks[entryAt(found.index)] = 1;
        if (!found[0].length) matcher.pattern.lastIndex++;
      }
    }
    categoryTexts.forEach(function (labels, category) {
      if (labels.some(function (label) { return label && matcher.match(label); })) {
        byCategory[category].forEach(function (index) { marks[index] = 1; });
      }
    });
    return marks;
  }

  // The best match of `matcher` in one entry: its score and the language it matched in.
  function bestMatch(matcher, index) {
    var entry = entries[index];
    var best = null;
    for (var t = 0; t < perEntry; t++) {
      if (!plain[index * perEntry + t]) continue;
      var found = matcher.match(foldedText(index * perEntry + t));
      if (found) {
        var score = found.quality * (WEIGHTS[entry.kind] || 1) + Math.min(found.ranges.length, 3) * 0.1;
        if (!best || score > best.score) best = { score: score, language: t };
      }
    }
    if (!best && entry.category !== undefined) {
      var labels = categoryTexts[entry.category] || [];
      for (var c = 0; c < labels.length && !best; c++) {
        var inCategory = labels[c] && matcher.match(labels[c]);
        if (inCategory) best = { score: inCategory.quality * WEIGHTS.category, language: -1 };
      }
    }
    return best;
  }

  function forRole(entry, role) {
    return !role || !entry.roles || entry.roles.indexOf(role) >= 0;
  }

  // Every entry matching all of `query`'s terms, best first (ties in book order).
  function search(query, role) {
    var matchers = terms(query).map(matcherFor);
    if (!matchers.length) return { matchers: [], results: [] };
    var marks = matchers.map(candidates);
    var results = [];
    for (var i = 0; i < entries.length; i++) {
      var possible = true;
      for (var c = 0; c < marks.length && possible; c++) possible = marks[c][i] === 1;
      if (!possible || !forRole(entries[i], role)) continue;
      var score = 0;
      var sameLanguage = true;
      var language = null;
      for (var m = 0; m < matchers.length; m++) {
        var best = bestMatch(matchers[m], i);
        if (!best) { score = -1; break; }
        score += best.score;
        if (language === null) language = best.language; else if (language !== best.language) sameLanguage = false;
      }
      if (score < 0) continue;
      if (matchers.length > 1 && sameLanguage) score += 2;
      results.push({ index: i, score: score });
    }
    results.sort(function (a, b) { return b.score - a.score || a.index - b.index; });
    return { matchers: matchers, results: results };
  }

  // ---- Showing results ----
  function highlighted(text, matchers) {
    var foldedText = fold(text);
    var ranges = [];
    matchers.forEach(function (matcher) {
      var found = matcher.match(foldedText);
      if (found) ranges = ranges.concat(found.ranges);
    });
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    var fragment = document.createDocumentFragment();
    var at = 0;
    ranges.forEach(function (r) {
      if (r[1] <= at) return;
      var start = Math.max(r[0], at);
      if (start > at) fragment.appendChild(document.createTextNode(text.slice(at, start)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(start, r[1]);
      fragment.appendChild(mark);
      at = r[1];
    });
    if (at < text.length) fragment.appendChild(document.createTextNode(text.slice(at)));
    return fragment;
  }

  function languageSpan(className, text, index, matchers) {
    var span = document.createElement("span");
    span.className = className;
    var language = languages[index] || {};
    if (language.tag) span.lang = language.tag;
    if (language.code) span.setAttribute("data-lang", language.code);
    span.appendChild(matchers ? highlighted(text, matchers) : document.createTextNode(text));
    return span;
  }

  function resultItem(result, matchers) {
    var entry = entries[result.index];
    var page = (data.pages || [])[entry.page] || { title: [] };
    var li = document.createElement("li");
    li.className = "search-result kind-" + entry.kind;
    var a = document.createElement("a");
    a.href = root + entry.href;
    var head = document.createElement("span");
    head.className = "result-where";
    var kind = document.createElement("span");
    kind.className = "result-kind";
    kind.textContent = kindLabels[entry.kind] || entry.kind;
    head.appendChild(kind);
    if (entry.kind !== "title" && entry.kind !== "role") {
      page.title.forEach(function (title, index) {
        if (title) head.appendChild(languageSpan("result-page", title, index, null));
      });
    }
    a.appendChild(head);
    entry.texts.forEach(function (text, index) {
      if (text) a.appendChild(languageSpan("result-text", text, index, matchers));
    });
    li.appendChild(a);
    return li;
  }

  function say(count, query) {
    var template = count === 0 ? status.getAttribute("data-none") :
      count === 1 ? status.getAttribute("data-one") : status.getAttribute("data-many");
    status.textContent = (template || "{count}").replace("{count}", String(count)).replace("{query}", query);
  }

  var current = { matchers: [], results: [] };
  var shown = 0;

  function showMore() {
    var hidden = choices.hiddenLanguages();
    var end = Math.min(shown + PAGE, current.results.length);
    for (var i = shown; i < end; i++) {
      var item = resultItem(current.results[i], current.matchers);
      Array.prototype.forEach.call(item.querySelectorAll("[data-lang]"), function (node) {
        node.hidden = hidden.indexOf(node.getAttribute("data-lang")) >= 0;
      });
      list.appendChild(item);
    }
    shown = end;
    if (more) more.hidden = shown >= current.results.length;
  }

  // Timings in milliseconds on #search-status, for Documentation/Performance.md: data-ready-ms (from the start of
  // the page's loading until the search data was loaded and parsed), data-prepare-ms (folding it for matching),
  // data-query-ms (the last query: matching, ranking and showing the first results).
  function run() {
    var began = window.performance ? window.performance.now() : 0;
    var query = input.value.trim();
    var role = roleSelect ? roleSelect.value : "";
    current = search(query, role);
    shown = 0;
    while (list.firstChild) list.removeChild(list.firstChild);
    if (!query) {
      status.textContent = "";
      if (more) more.hidden = true;
    } else {
      say(current.results.length, query);
      showMore();
    }
    if (window.performance) status.setAttribute("data-query-ms", (window.performance.now() - began).toFixed(1));
    var params = [];
    if (query) params.push("q=" + encodeURIComponent(query));
    if (role) params.push("role=" + encodeURIComponent(role));
    try {
      window.history.replaceState(null, "", window.location.pathname + (params.length ? "?" + params.join("&") : ""));
    } catch (error) { /* some browsers refuse it for file:// pages: the form's link still works */ }
  }

  // ---- Start: the query and role from the address, else the reader's remembered role ----
  function parameter(name) {
    var match = new RegExp("[?&]" + name + "=([^&#]*)").exec(window.location.search);
    if (!match) return null;
    try { return decodeURIComponent(match[1].replace(/\+/g, " ")); } catch (error) { return null; }
  }

  var givenRole = parameter("role");
  if (roleSelect) {
    var wanted = givenRole !== null ? givenRole : stored(ROLE_KEY) || "";
    var known = Array.prototype.some.call(roleSelect.options, function (option) { return option.value === wanted; });
    roleSelect.value = known ? wanted : "";
    roleSelect.addEventListener("change", function () {
      store(ROLE_KEY, roleSelect.value);
      run();
    });
  }
  input.value = parameter("q") || "";

  var timer = null;
  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(run, 80);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    window.clearTimeout(timer);
    run();
    var first = list.querySelector("a");
    if (first) first.focus();
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown") {
      var first = list.querySelector("a");
      if (first) { event.preventDefault(); first.focus(); }
    } else if (event.key === "Escape" && input.value) {
      input.value = "";
      run();
    }
  });
  list.addEventListener("keydown", function (event) {
    var links = Array.prototype.slice.call(list.querySelectorAll("a"));
    var at = links.indexOf(document.activeElement);
    if (at < 0) return;
    if (event.key === "ArrowDown" && at + 1 < links.length) { event.preventDefault(); links[at + 1].focus(); }
    else if (event.key === "ArrowUp") { event.preventDefault(); (at > 0 ? links[at - 1] : input).focus(); }
    else if (event.key === "Escape") { input.focus(); }
  });
  if (more) more.addEventListener("click", showMore);
  run();
  input.focus();
})();
