// phrasebook search (search.js): the address's query, searched before the page is there, and the page: the results
// list, the history state, the keyboard.
// Timings in milliseconds on #search-status, for Documentation/Performance.md and scripts/measure-search.py,
// from the start of the page's loading: data-start-ms (search.js started), data-page-ms (the page was parsed,
// its other scripts run), data-run-ms (the search for the last query began: when the page was ready, or when the
// reader asked), data-ready-ms (the page and the search data the query needed were both there), data-shown-ms
// (its count and first ten results were on the page), data-page-shown-ms (all of its first fifty were);
// data-query-ms (matching, ranking and showing the first ten, without waiting for data), and data-parts (the
// search data loaded so far, in the order they came). For the last query.
(function (shared) {
  "use strict";

  var FIRST = shared.FIRST, PAGE = shared.PAGE, ROLE_KEY = shared.ROLE_KEY, arrived = shared.arrived,
    chunksFor = shared.chunksFor, find = shared.find, fold = shared.fold, load = shared.load, now = shared.now,
    orderUpTo = shared.orderUpTo, prepareCore = shared.prepareCore, shownEntry = shared.shownEntry,
    started = shared.started;

  // ---- Before the page is there: the address's query and role, its data and first results' files ----
  // A parameter of the address, or null; an empty one is not given (the header's search form of a page that is
  // not a role's handbook sends an empty role: the reader's remembered role stands).
  function parameter(name) {
    var match = new RegExp("[?&]" + name + "=([^&#]*)").exec(window.location.search);
    if (!match || !match[1]) return null;
    try { return decodeURIComponent(match[1].replace(/\+/g, " ")); } catch (error) { return null; }
  }

  // A query composed (NFC), as the book's texts are: Korean pasted from a macOS file name is decomposed (환불 as
  // the jamo ᄒ ᅪ ᆫ ᄇ ᅮ ᆯ), which would match nothing. Before anything else is done with it.
  function composed(text) { return text.normalize ? text.normalize("NFC") : text; }

  function storedRole() {
    try { return window.localStorage.getItem(ROLE_KEY); } catch (error) { return null; }
  }

  var early = composed(parameter("q") || "").trim();
  if (!early) load(["core"], prepareCore);
  else {
    find(early, function () {
      var role = parameter("role");
      if (role === null) role = storedRole() || "";
      return shared.data.roles.some(function (known) { return known.id === role; }) ? role : "";
    }, function (found) {
      var end = Math.min(PAGE, found.results.length);
      var first = Math.min(FIRST, end);
      load(chunksFor(found.results, 0, first), function () {
        load(chunksFor(found.results, first, end), function () {});
      });
    });
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

  function languageSpan(className, text, index, matchers, kind) {
    var span = document.createElement("span");
    span.className = className;
    var language = shared.data.languages[index] || {};
    if (language.tag) span.lang = language.tag;
    if (language.dir) span.dir = language.dir;
    if (language.code) span.setAttribute("data-lang", language.code);
    if (!matchers) span.appendChild(document.createTextNode(text));
    else span.appendChild(kind === "term" ? termText(text, matchers) : highlighted(text, matchers));
    return span;
  }

  // A glossary term's text (`불만 ✗ 민원`): its forbidden variants after the ✗ struck through, in red, kept with
  // their mark.
  function termText(text, matchers) {
    var at = text.indexOf("✗ ");
    if (at < 0) return highlighted(text, matchers);
    var fragment = highlighted(text.slice(0, at), matchers);
    var never = document.createElement("span");
    never.className = "term-never";
    never.appendChild(document.createTextNode("✗ "));
    var struck = document.createElement("del");
    struck.appendChild(highlighted(text.slice(at + 2), matchers));
    never.appendChild(struck);
    fragment.appendChild(never);
    return fragment;
  }

  var kindLabels = {};

  // An interface word given in every language (a span per language) in the first language the reader keeps
  // (phrasebook.js), as the page's own words are; a word given in one language as it is.
  // The element of `element`'s word (a span per language) in the first language the reader keeps on: its text,
  // and its lang and dir for whatever shows it.
  function word(element) {
    var choices = window.phrasebookChoices;
    var kept = choices && choices.firstKept ? choices.firstKept(element) : null;
    return kept || element.querySelector("[data-lang]") || element;
  }

  // Shows `text` in `target`, in the language of `from`, the element of a word (``word``): a screen reader says
  // it in that language's voice, not the page's.
  function showIn(target, text, from) {
    target.textContent = text;
    var lang = from && from.getAttribute("lang");
    if (lang) target.lang = lang; else target.removeAttribute("lang");
    var dir = from && from.getAttribute("dir");
    if (dir) target.dir = dir; else target.removeAttribute("dir");
  }

  // The book's language `text` is typed in, by its letters' script (digits aside): the one language written in
  // the script most of them are in (`script` in core.js; as many Latin letters as others are a brand or `A/S` in
  // a Korean or Chinese query), or null where none or several are (Chinese characters in a book with Chinese and
  // Japanese).
  function languageOf(text) {
    var counts = {};
    Array.from(text).forEach(function (character) {
      var script = /\p{N}/u.test(character) ? null : shared.scriptOf(character);
      if (script) counts[script] = (counts[script] || 0) + 1;
    });
    var most = Object.keys(counts).sort(function (a, b) {
      return counts[b] - counts[a] || (a === "other") - (b === "other");
    })[0];
    var written = shared.data.languages.filter(function (language) { return most && language.script === most; });
    return written.length === 1 ? written[0] : null;
  }

  // `value` as a part of the status: in a span of the language it is typed in where that is known.
  function typed(value) {
    var language = languageOf(value);
    if (!language) return document.createTextNode(value);
    var span = document.createElement("span");
    span.lang = language.tag;
    if (language.dir) span.dir = language.dir;
    span.textContent = value;
    return span;
  }

  function resultItem(result, matchers, root) {
    var entry = shownEntry(result.index);
    var page = shared.data.pages[entry.page] || { title: [] };
    var li = document.createElement("li");
    li.className = "search-result kind-" + entry.kind;
    var a = document.createElement("a");
    a.href = root + entry.href;
    var head = document.createElement("span");
    head.className = "result-where";
    var kind = document.createElement("span");
    kind.className = "result-kind";
    if (kindLabels[entry.kind]) {
      var label = word(kindLabels[entry.kind]);
      showIn(kind, label.textContent, label);
    } else {
      kind.textContent = entry.kind;
    }
    head.appendChild(kind);
    // Read aloud as "Situation: Returns and refunds", not "SituationReturns and refunds" (the link's name runs its
    // inline parts together).
    var colon = document.createElement("span");
    colon.className = "visually-hidden";
    colon.textContent = ": ";
    head.appendChild(colon);
    if (entry.kind !== "title" && entry.kind !== "role") {
      page.title.forEach(function (title, index) {
        if (title) head.appendChild(languageSpan("result-page", title, index, null));
      });
    }
    a.appendChild(head);
    entry.texts.forEach(function (text, index) {
      if (text) a.appendChild(languageSpan("result-text", text, index, matchers, entry.kind));
    });
    li.appendChild(a);
    return li;
  }


  // ---- The page ----
  function start() {
    var form = document.getElementById("search-form");
    var list = document.getElementById("search-results");
    var input = document.getElementById("search-query");
    var status = document.getElementById("search-status");
    if (!form || !list || !input || !status) return;
    var pageReady = now();
    var roleSelect = document.getElementById("search-role");
    var more = document.getElementById("search-more");
    var otherRoles = document.getElementById("search-other-roles");
    var root = document.body.getAttribute("data-root") || "";
    // The reader's choices (phrasebook.js): the remembered role and the languages switched off.
    var choices = window.phrasebookChoices || {
      get: function () { return null; }, set: function () {}, hiddenLanguages: function () { return []; }
    };
    kindLabels = {};
    Array.prototype.forEach.call(document.querySelectorAll("#search-kinds [data-kind]"), function (item) {
      kindLabels[item.getAttribute("data-kind")] = item;
    });

    // The count of `found`'s results for `query`; when nothing matched every term, what was searched instead
    // (`near`: "refund" for "refnud") and whether the results have only some of the terms (of those searched
    // instead: "near-some", or "some" where a page has no such message).
    function say(found, query) {
      query = query.replace(/^["“”'‘’「」『』]+|["“”'‘’「」『』]+$/g, "");
      var count = found.results.length;
      var name = count === 0 ? "none" : count === 1 ? "one" : "many";
      var closer = found.allRoles ? ["every-role"] : found.some ? (found.near ? ["near-some", "some"] : ["some"]) :
        found.allTerms ? ["few"] : found.near && count ? ["near"] : [];
      var given = null;
      closer.concat([name]).forEach(function (say) {
        given = given || document.querySelector('#search-says [data-say="' + say + '"]');
      });
      var from = given ? word(given) : null;
      var template = from ? from.textContent : status.getAttribute("data-" + name);
      // Only some having every word of a term cut into words (화난고객): the words searched (화난 고객).
      var asSearched = found.allTerms && found.near ? found.near : query;
      var values = { count: String(count), query: asSearched, near: found.near || "", every: String(found.allTerms || 0) };
      // The message in its word's language; the query and the word read for it in theirs (`“환불”: 6 条结果`).
      // Split, not replaced: a query holding `$&` or `{near}` is shown as typed, not expanded.
      showIn(status, "", from);
      (template || "{count}").split(/(\{(?:count|query|near|every)\})/).forEach(function (part, index) {
        var key = index % 2 ? part.slice(1, -1) : null;
        status.appendChild(key === "query" || key === "near" ? typed(values[key]) :
          document.createTextNode(key ? values[key] : part));
      });
    }

    var current = { matchers: [], results: [], ordered: 0, spent: 0 };
    var shown = 0;
    var runs = 0;
    // A result to give the keyboard's focus to once it is shown (`at`), for the search `token`, or null.
    var focusLater = null;

    function append(from, to) {
      var hidden = choices.hiddenLanguages();
      for (var i = from; i < to; i++) {
        var item = resultItem(current.results[i], current.matchers, root);
        Array.prototype.forEach.call(item.querySelectorAll("[data-lang]"), function (node) {
          node.hidden = hidden.indexOf(node.getAttribute("data-lang")) >= 0;
        });
        list.appendChild(item);
      }
      shown = to;
      if (more) more.hidden = shown >= current.results.length;
      focusWhenShown();
    }

    function focusWhenShown() {
      if (!focusLater || focusLater.token !== runs || focusLater.at >= shown) return;
      list.children[focusLater.at].querySelector("a").focus();
      focusLater = null;
    }

    // After "other roles" pressed (`had`: the entries shown before, by index): the keyboard's focus on the first
    // result of another role, once it is shown, else on the first result, so that a reader who pressed it from the
    // keyboard goes on from there (the button hides, and focus would fall back to the top of the page); with no
    // results, on the status.
    function focusFirstNew(had) {
      var end = Math.min(PAGE, current.results.length);
      if (!end) {
        status.setAttribute("tabindex", "-1");
        return status.focus();
      }
      var at = 0;
      while (at < end && had.has(current.results[at].index)) at++;
      focusLater = { token: runs, at: at < end ? at : 0 };
      focusWhenShown();
    }

    // The rest of the first page (results `from` to `to`), once the first are painted: its files asked for
    // after a turn of the event loop, the results added below in order when they are in. The list is busy
    // meanwhile, and "more" hidden.
    function showRest(token, from, to) {
      list.setAttribute("aria-busy", "true");
      if (more) more.hidden = true;
      window.setTimeout(function () {
        if (token !== runs) return;
        load(chunksFor(current.results, from, to), function () {
          if (token !== runs) return;
          append(from, to);
          list.removeAttribute("aria-busy");
          status.setAttribute("data-page-shown-ms", now().toFixed(1));
          restorePlace(token);
        });
      }, 0);
    }

    // With a role chosen, how many more results with every word every role has, as a button that shows them (for
    // this search: the remembered role stays): also where the role's have only some of the words (a situation of
    // another role has them all). Not for results that only come close.
    function offerOtherRoles(token, query, role) {
      if (!otherRoles) return;
      otherRoles.hidden = true;
      if (!query || !role || current.allRoles) return;
      find(query, "", function (every) {
        if (token !== runs) return;
        // Comparable when both searched the same words, with the same correction if any.
        var extra = (every.near || "") === (current.near || "") ? withEveryWord(every) - withEveryWord(current) : 0;
        var given = document.querySelector('#search-says [data-say="other-roles"]');
        if (extra <= 0 || !given) return;
        var from = word(given);
        showIn(otherRoles, from.textContent.replace("{count}", String(extra)), from);
        otherRoles.hidden = false;
      }, true);
    }

    // How many of a search's results have every word searched: none when it found only some (`some`), the first
    // ones when few have them all (`allTerms`), else all.
    function withEveryWord(found) {
      return found.some ? 0 : typeof found.allTerms === "number" ? found.allTerms : found.results.length;
    }

    // The address of what is shown, to bookmark or share: `role=*` when every role's results are shown to a reader
    // with a remembered role (its "other roles" button), which an address without a role would filter by again.
    // Its other parameters are kept as they are (`languages=ko,en`, the languages shown: phrasebook.js).
    function keepInAddress(query, role) {
      var params = [];
      if (query) params.push("q=" + encodeURIComponent(query));
      if (role) params.push("role=" + encodeURIComponent(role));
      else if (choices.get(ROLE_KEY)) params.push("role=*");
      window.location.search.replace(/^\?/, "").split("&").forEach(function (param) {
        var name = param.split("=")[0];
        if (param && name !== "q" && name !== "role") params.push(param);
      });
      try {
        window.history.replaceState(place(), "", window.location.pathname +
          (params.length ? "?" + params.join("&") : "") + window.location.hash);
      } catch (error) { /* some browsers refuse it for file:// pages: the form's link still works */ }
    }

    // ---- The reader's place, kept in the history entry (history.state) so that Back from a result (or a reload)
    // shows as many results as were shown, scrolled where they were, the result opened focused: the page is built
    // again (always from file://), and the browser's own scroll restoration would come before the results. ----
    var restoring = null; // the place to go back to, for the page's first search
    var opened = -1; // the result last opened (its place in the list)

    function place() {
      var query = composed(input.value).trim();
      return { q: query, shown: shown, scroll: Math.round(window.scrollY), opened: opened };
    }

    function keepPlace() {
      try { window.history.replaceState(place(), "", window.location.href); } catch (error) { /* as above */ }
    }

    // The place kept for this query, if there is one to go back to.
    function placeToRestore() {
      var kept = window.history.state;
      if (!kept || kept.q !== composed(parameter("q") || "").trim()) return null;
      return kept.shown > PAGE || kept.scroll > 0 || kept.opened >= 0 ? kept : null;
    }

    // Once search `token`'s results are shown: scrolled where the reader was, the result they opened focused.
    function restorePlace(token) {
      if (!restoring || token !== runs) return;
      var kept = restoring;
      restoring = null;
      window.scrollTo(0, kept.scroll || 0);
      var link = kept.opened >= 0 && list.children[kept.opened] && list.children[kept.opened].querySelector("a");
      if (link) link.focus({ preventScroll: true });
      opened = kept.opened;
    }

    // The next page of results; a reader who pressed "more" from the keyboard goes on at the first of them (the
    // button hides when none are left, and focus would fall back to the top of the page).
    function showMore() {
      var token = runs;
      var from = shown;
      var end = Math.min(shown + PAGE, current.results.length);
      var focused = more && document.activeElement === more;
      orderUpTo(current, end);
      load(chunksFor(current.results, from, end), function () {
        if (token !== runs) return;
        append(from, end);
        var first = list.children[from] && list.children[from].querySelector("a");
        if (focused && first) first.focus();
        keepPlace();
      });
    }

    function run(then) {
      var began = now();
      var token = ++runs;
      var query = composed(input.value).trim();
      var role = roleSelect ? roleSelect.value : "";
      find(query, role, function (found) {
        if (token !== runs) return;
        current = found;
        // Going back to a place: as many as were shown then (at first, restoring is only for this query).
        if (restoring && restoring.q !== query) restoring = null;
        var end = Math.min(restoring ? Math.max(PAGE, restoring.shown) : PAGE, current.results.length);
        orderUpTo(current, end);
        var first = Math.min(FIRST, end);
        load(chunksFor(current.results, 0, first), function () {
          if (token !== runs) return;
          var ready = now();
          while (list.firstChild) list.removeChild(list.firstChild);
          list.removeAttribute("aria-busy");
          shown = 0;
          opened = -1;
          if (query) {
            say(current, query);
            append(0, first);
            if (first < end) showRest(token, first, end); else restorePlace(token);
            offerOtherRoles(token, query, role);
          } else {
            restoring = null;
            if (otherRoles) otherRoles.hidden = true;
            status.textContent = "";
            if (more) more.hidden = true;
          }
          var done = now();
          // The address follows the query once its results are out (replaceState is a round trip to the browser).
          window.setTimeout(function () { if (token === runs) keepInAddress(query, role); }, 0);
          if (window.performance) {
            status.setAttribute("data-start-ms", started.toFixed(1));
            status.setAttribute("data-page-ms", pageReady.toFixed(1));
            status.setAttribute("data-run-ms", began.toFixed(1));
            status.setAttribute("data-ready-ms", ready.toFixed(1));
            status.setAttribute("data-shown-ms", done.toFixed(1));
            if (first >= end) status.setAttribute("data-page-shown-ms", done.toFixed(1));
            status.setAttribute("data-parts", arrived.join(" "));
            status.setAttribute("data-query-ms", (current.spent + done - ready).toFixed(1));
          }
          if (then) then();
        });
      });
    }

    // The query and role from the address, else the reader's remembered role. The header's "My role" (roles.js)
    // is the same choice: it shows the filter's role, and choosing there filters here.
    var givenRole = parameter("role");
    var myRole = document.getElementById("my-role");
    if (roleSelect) {
      var wanted = givenRole !== null ? givenRole : choices.get(ROLE_KEY) || "";
      var known = Array.prototype.some.call(roleSelect.options, function (option) { return option.value === wanted; });
      roleSelect.value = known ? wanted : "";
      if (myRole) myRole.value = roleSelect.value;
      roleSelect.addEventListener("change", function () {
        choices.set(ROLE_KEY, roleSelect.value);
        if (myRole) myRole.value = roleSelect.value;
        run();
      });
      if (myRole) {
        myRole.addEventListener("change", function () {
          roleSelect.value = myRole.value;
          run();
        });
        // Whenever the page is shown, the menu shows the filter's role, over the stored choice roles.js puts back
        // on every "pageshow" (for Back and Forward): this listener, added after roles.js's, runs after it.
        window.addEventListener("pageshow", function () { myRole.value = roleSelect.value; });
      }
    }
    input.value = composed(parameter("q") || "");

    // A decomposed query pasted into the box is shown composed, as it is searched (the caret where it was).
    function composeBox() {
      var value = input.value;
      if (composed(value) === value) return;
      var caret = composed(value.slice(0, input.selectionStart || 0)).length;
      input.value = composed(value);
      input.setSelectionRange(caret, caret);
    }

    var timer = null;
    input.addEventListener("input", function (event) {
      if (!event.isComposing) composeBox();
      window.clearTimeout(timer);
      timer = window.setTimeout(run, 80);
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      window.clearTimeout(timer);
      run(function () {
        var first = list.querySelector("a");
        if (first) first.focus();
      });
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
    // The place is kept as the reader scrolls (once they stop: the history takes a few hundred changes at most
    // in ten seconds), opens a result or leaves.
    var scrolled = null;
    window.addEventListener("scroll", function () {
      window.clearTimeout(scrolled);
      scrolled = window.setTimeout(function () { if (!restoring) keepPlace(); }, 200);
    }, { passive: true });
    list.addEventListener("click", function (event) {
      var item = event.target.closest && event.target.closest("#search-results > li");
      opened = item ? Array.prototype.indexOf.call(list.children, item) : -1;
      keepPlace();
    });
    window.addEventListener("pagehide", function () { if (!restoring) keepPlace(); });
    // A language switched on or off (phrasebook.js, whose handler runs first): the status and the results'
    // words follow it (the search itself is kept: the same query and role are not searched again).
    Array.prototype.forEach.call(document.querySelectorAll("input[data-toggle-lang]"), function (box) {
      box.addEventListener("change", function () { if (input.value.trim()) run(); });
    });
    if (otherRoles && roleSelect) {
      otherRoles.addEventListener("click", function () {
        var focused = document.activeElement === otherRoles;
        var had = new Set(current.results.map(function (result) { return result.index; }));
        roleSelect.value = "";
        run(function () { if (focused) focusFirstNew(had); });
      });
    }
    restoring = placeToRestore();
    if ("scrollRestoration" in window.history) window.history.scrollRestoration = "manual";
    run();
    // Not when going back to a place: the reader goes on from the result they opened.
    if (!restoring) input.focus();
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();

  shared.composed = composed;
})(window.phrasebookSearch);
