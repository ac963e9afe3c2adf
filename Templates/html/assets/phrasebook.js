// phrasebook: the script every page loads. Everything here is an enhancement: without it every page still shows all
// its content and every link works. It adds the language switches and copy buttons and opens the table of
// contents on wide screens. No framework, no network. The search page has its own script, search.js.
(function () {
  "use strict";

  var root = document.body.getAttribute("data-root") || "";
  var live = document.createElement("p");
  live.className = "visually-hidden";
  live.setAttribute("aria-live", "polite");
  document.body.appendChild(live);

  // Says `pieces` (a text, or [text, language tag] pairs, each read in its own language) in the live region.
  function announce(pieces) {
    live.textContent = "";
    window.setTimeout(function () {
      (typeof pieces === "string" ? [[pieces]] : pieces).forEach(function (piece) {
        var span = document.createElement("span");
        span.textContent = piece[0];
        if (piece[1]) span.lang = piece[1];
        live.appendChild(span);
      });
    }, 50);
  }

  // ---- Storage: localStorage may be missing or throw (file:// in some browsers, private modes). ----
  var storage = (function () {
    try {
      var store = window.localStorage;
      var probe = "phrasebook.probe";
      store.setItem(probe, probe);
      store.removeItem(probe);
      return store;
    } catch (error) {
      return null;
    }
  })();
  var HIDDEN_KEY = "phrasebook.hiddenLanguages";

  // The reader's choices, for this page's other scripts (roles.js, search.js, nav.js, booklet.js): get(key) gives
  // null and set(key, value) does nothing when storage is unavailable; an empty value removes. inFirstKept gives
  // a word the page writes in each language in the first language the reader keeps on; firstKept, the element
  // holding it (its lang and dir too).
  window.phrasebookChoices = {
    get: function (key) {
      try { return storage ? storage.getItem(key) : null; } catch (error) { return null; }
    },
    set: function (key, value) {
      if (!storage) return;
      try {
        if (value) storage.setItem(key, value); else storage.removeItem(key);
      } catch (error) { /* quota or disabled: the choice lasts for this page only */ }
    },
    hiddenLanguages: function () { return hidden.slice(); },
    inFirstKept: inFirstKept,
    firstKept: function (element) { return firstKeptNode(element, false); }
  };

  function loadHidden() {
    if (!storage) return [];
    try {
      var value = JSON.parse(storage.getItem(HIDDEN_KEY) || "[]");
      return Array.isArray(value) ? value.filter(function (code) { return typeof code === "string"; }) : [];
    } catch (error) {
      return [];
    }
  }

  function saveHidden(codes) {
    if (!storage) return;
    try { storage.setItem(HIDDEN_KEY, JSON.stringify(codes)); } catch (error) { /* quota or disabled: ignore */ }
  }

  // ---- Language switches ----
  var switches = document.querySelector(".language-toggles");
  var toggles = Array.prototype.slice.call(document.querySelectorAll("input[data-toggle-lang]"));
  var known = toggles.length ? toggles.map(function (box) { return box.getAttribute("data-toggle-lang"); })
    : languagesOfPage();

  // The languages of a page without switches (a card sheet): those its words are given in, in the page's order.
  // Its words follow the choice made on the other pages.
  function languagesOfPage() {
    var codes = [];
    Array.prototype.forEach.call(document.querySelectorAll("[data-lang]"), function (node) {
      var code = node.getAttribute("data-lang");
      if (codes.indexOf(code) < 0) codes.push(code);
    });
    return codes;
  }
  var hidden = chosenHidden();

  // The languages switched off: those stored that the page has, or those the address leaves out; never all.
  function chosenHidden() {
    var codes = askedInAddress(loadHidden().filter(function (code) { return known.indexOf(code) >= 0; }));
    return known.length > 0 && codes.length >= known.length ? [] : codes;
  }

  // A page opened with ?languages=ko,en shows those languages only: to print from the command line, or to share
  // a link. For this page: the choice kept for the others stays as it was until a switch is used.
  function askedInAddress(kept) {
    var found = /[?&]languages=([^&#]*)/.exec(window.location.search);
    if (!found) return kept;
    var asked = decodeURIComponent(found[1]).split(/[\s,]+/);
    var shown = known.filter(function (code) { return asked.indexOf(code) >= 0; });
    return shown.length ? known.filter(function (code) { return shown.indexOf(code) < 0; }) : kept;
  }

  function applyLanguages(scope) {
    var nodes = (scope || document).querySelectorAll("[data-lang]");
    for (var i = 0; i < nodes.length; i++) {
      nodes[i].hidden = hidden.indexOf(nodes[i].getAttribute("data-lang")) >= 0;
    }
    if (!scope) relabel();
  }

  // A word the page gives in each language, in the page's order, in the first language not switched off: from
  // `element`'s attributes PREFIX + CODE when `prefix` is given, else from its child [data-lang] elements; null
  // when it gives none in a language kept.
  function inFirstKept(element, prefix) {
    if (!prefix) {
      var node = firstKeptNode(element, false);
      return node ? node.textContent : null;
    }
    var given = Array.prototype.filter.call(element.attributes, function (attribute) {
      return attribute.name.indexOf(prefix) === 0;
    });
    for (var i = 0; i < given.length; i++) {
      if (hidden.indexOf(given[i].name.slice(prefix.length)) < 0) return given[i].value;
    }
    return null;
  }

  // `element`'s first [data-lang] part (that also matches `selector`, when given) in a language kept (and with some
  // text, when `withText`), or null.
  function firstKeptNode(element, withText, selector) {
    var parts = element ? element.querySelectorAll((selector || "") + "[data-lang]") : [];
    for (var i = 0; i < parts.length; i++) {
      if (hidden.indexOf(parts[i].getAttribute("data-lang")) < 0 && (!withText || parts[i].textContent.trim())) {
        return parts[i];
      }
    }
    return null;
  }

  // Words that cannot hold a span per language: a menu's option (its data-label-CODE attributes), the copy
  // buttons' labels and the words of attributes (once a page, in #copy-says: a span per language for each word).
  function copyWord(name) {
    var item = document.querySelector('#copy-says [data-say="' + name + '"]');
    return item ? inFirstKept(item) : null;
  }

  // The language tag of the copy buttons' words: the first language kept (the buttons sit inside each rendering,
  // whose language they would otherwise claim).
  function copyWordTag() {
    var word = pageWord();
    return word ? word.getAttribute("lang") : null;
  }

  // Their direction, in a book with a language written right to left (each word says its own, dir): null without.
  function copyWordDir() {
    var word = pageWord();
    return word ? word.getAttribute("dir") : null;
  }

  // The copy word in the first language kept; on a card sheet, which has no copy buttons, its heading's interface
  // word ("Pocket cards"), which tells the same.
  function pageWord() {
    var words = document.querySelector('#copy-says [data-say="copy"]') || document.querySelector(".card-sheet h1 .ui");
    return firstKeptNode(words, false);
  }

  function setDir(element, dir) {
    if (dir) element.setAttribute("dir", dir); else element.removeAttribute("dir");
  }

  // The page's words outside its text, in the first language kept: attributes a screen reader says (landmarks'
  // names, the links to an entry), the page's title and its language. As rendered while every language is on.
  var ATTRIBUTE_WORDS = [
    [".anchor", "title", ["link-to-entry"]],
    ["nav.site-nav", "aria-label", ["contents"]],
    ["nav.breadcrumb", "aria-label", ["breadcrumb"]],
    ["nav.pager", "aria-label", ["previous", "next"]],
    [".language-toggles", "data-one-stays", ["one-language-stays"]]
  ];
  var rendered = null;

  function relabelAttributes() {
    if (!rendered) {
      rendered = {
        title: document.title, lang: document.documentElement.lang, dir: document.documentElement.getAttribute("dir"),
        attributes: []
      };
      ATTRIBUTE_WORDS.forEach(function (entry) {
        Array.prototype.forEach.call(document.querySelectorAll(entry[0]), function (element) {
          if (element.hasAttribute(entry[1])) {
            rendered.attributes.push([element, entry[1], element.getAttribute(entry[1]), entry[2]]);
          }
        });
      });
    }
    var tag = hidden.length ? copyWordTag() : null;
    document.documentElement.lang = tag || rendered.lang;
    setDir(document.documentElement, tag ? copyWordDir() : rendered.dir);
    document.title = tag ? titleInFirstKept() || rendered.title : rendered.title;
    rendered.attributes.forEach(function (entry) {
      var words = entry[3].map(copyWord);
      var all = words.every(function (word) { return word !== null; });
      entry[0].setAttribute(entry[1], tag && all ? words.join(" / ") : entry[2]);
    });
  }

  // The page's heading and the book's title in the first language kept, as the title shows them ("heading ·
  // book"; the book's title alone on its home page).
  function titleInFirstKept() {
    if (document.body.classList.contains("card-sheet")) return sheetTitleInFirstKept();
    var heading = visibleText(document.querySelector("main h1"));
    var book = visibleText(document.querySelector(".site-title a"));
    if (!heading || !book) return null;
    return heading === book ? book : heading + " · " + book;
  }

  // A card sheet's, as the sheet renders it ("Pocket cards: role · book"), in the first language kept. In the
  // language the sheet was rendered in, the title as rendered (its colon is that script's).
  function sheetTitleInFirstKept() {
    var heading = document.querySelector(".card-sheet h1");
    var word = firstKeptNode(heading && heading.querySelector(".ui"), true);
    var role = firstKeptNode(heading, true, ".title-part");
    var book = firstKeptNode(document.querySelector("[data-book-title]"), true);
    if (!word || !role || !book || word.getAttribute("lang") === rendered.lang) return null;
    return word.textContent.trim() + ": " + role.textContent.trim() + " · " + book.textContent.trim();
  }

  function visibleText(element) {
    if (!element) return null;
    var part = firstKeptNode(element, true);
    return (part || element).textContent.trim() || null;
  }

  function relabel() {
    Array.prototype.forEach.call(document.querySelectorAll("option"), function (option) {
      var label = inFirstKept(option, "data-label-");
      if (label !== null) option.textContent = label;
    });
    relabelAttributes();
    var copyLabel = copyWord("copy");
    if (copyLabel === null) return;
    var tag = copyWordTag();
    var dir = copyWordDir();
    Array.prototype.forEach.call(document.querySelectorAll("button.copy"), function (button) {
      if (button.firstChild && button.firstChild.nodeType === 3) button.firstChild.nodeValue = copyLabel;
      if (tag) {
        button.lang = tag;
        setDir(button, dir);
      }
    });
  }

  toggles.forEach(function (box) {
    var code = box.getAttribute("data-toggle-lang");
    box.checked = hidden.indexOf(code) < 0;
    box.addEventListener("change", function () {
      if (!box.checked) {
        if (hidden.length + 1 >= known.length) {
          box.checked = true;
          announce(switches.getAttribute("data-one-stays") || "");
          return;
        }
        hidden.push(code);
      } else {
        hidden = hidden.filter(function (other) { return other !== code; });
      }
      saveHidden(hidden);
      applyLanguages();
      applyPronunciation();
    });
  });
  if (switches && toggles.length > 1) switches.hidden = false;
  applyLanguages();

  // ---- Pronunciation guides: every guide is in the page, hidden until the reader turns them on; the choice
  // is remembered like the languages. A guide follows its language's switch too. ----
  var PRONUNCIATION_KEY = "phrasebook.pronunciation";
  var showPronunciation = window.phrasebookChoices.get(PRONUNCIATION_KEY) === "shown";

  function applyPronunciation() {
    var guides = document.querySelectorAll("[data-guide-lang]");
    for (var i = 0; i < guides.length; i++) {
      guides[i].hidden = !showPronunciation || hidden.indexOf(guides[i].getAttribute("data-guide-lang")) >= 0;
    }
  }

  var pronunciationBox = document.querySelector("input[data-toggle-pronunciation]");
  if (pronunciationBox) {
    pronunciationBox.checked = showPronunciation;
    pronunciationBox.addEventListener("change", function () {
      showPronunciation = pronunciationBox.checked;
      window.phrasebookChoices.set(PRONUNCIATION_KEY, showPronunciation ? "shown" : "hidden");
      applyPronunciation();
    });
    // Shown only where it has something to show: a page without a guide (the contents, the search) would tick
    // it and change nothing. The choice still holds there and on the next page that has guides.
    pronunciationBox.parentNode.hidden = !document.querySelector("[data-guide-lang]");
  }
  applyPronunciation();

  // ---- Back and Forward: the browser puts back the switches' ticks as they were when the reader left the page
  // (after this script has set them, on a page loaded again), or shows the page as it was left (kept whole in its
  // back-forward cache), though the reader may have changed the choices on another page since. Either way the
  // switches and the page follow the choices stored, as on a page opened anew. ----
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) {
      hidden = chosenHidden();
      showPronunciation = window.phrasebookChoices.get(PRONUNCIATION_KEY) === "shown";
      applyLanguages();
      applyPronunciation();
    }
    toggles.forEach(function (box) { box.checked = hidden.indexOf(box.getAttribute("data-toggle-lang")) < 0; });
    if (pronunciationBox) pronunciationBox.checked = showPronunciation;
  });

  // ---- Copy buttons: the plain text, slots as their bracketed label, without the delivery cue. ----
  function plainText(node) {
    var text = "";
    for (var child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        text += child.nodeValue;
      } else if (child.nodeType === 1) {
        if (child.classList.contains("slot")) text += child.getAttribute("data-plain") || child.textContent;
        else if (child.classList.contains("cue")) continue;
        else text += plainText(child);
      }
    }
    return text;
  }

  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.top = "-1000px";
    document.body.appendChild(area);
    area.select();
    var copied = false;
    try { copied = document.execCommand("copy"); } catch (error) { copied = false; }
    document.body.removeChild(area);
    return copied;
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).then(
        function () { return true; },
        function () { return fallbackCopy(text); });
    }
    return Promise.resolve(fallbackCopy(text));
  }

  var buttons = document.querySelectorAll("button.copy");
  Array.prototype.forEach.call(buttons, function (button) {
    var words = button.parentNode.querySelector(".words");
    if (!words) return;
    button.hidden = false;
    // The label shown at rest, kept while "copied" shows: a second click meanwhile restarts the wait, and the
    // label still comes back.
    var resting = null;
    var timer = null;
    button.addEventListener("click", function () {
      var text = plainText(words).trim();
      copy(text).then(function (copied) {
        var label = button.firstChild;
        if (timer === null) resting = label.nodeValue;
        else window.clearTimeout(timer);
        label.nodeValue =
          copyWord(copied ? "copied" : "failed") || button.getAttribute(copied ? "data-copied" : "data-failed") ||
          resting;
        var tag = button.lang;
        announce(copied ? [[label.nodeValue + ": ", tag], [text, button.parentNode.lang]] : [[label.nodeValue, tag]]);
        timer = window.setTimeout(function () {
          label.nodeValue = resting;
          timer = null;
        }, 1500);
      });
    });
  });

  // ---- "/" anywhere but in a field goes to the search box (the search page's own, else the header's), as on
  // GitHub and in MkDocs sites: during a call, no tabbing through the header. ----
  document.addEventListener("keydown", function (event) {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    var target = event.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    var box = document.getElementById("search-query") || document.getElementById("search-input");
    if (!box) return;
    event.preventDefault();
    // Not scrolled into view: the header's box is in the sticky header (or above, on a phone), and the reader
    // comes back to where they were reading; only a box partly scrolled out of the window (near the top, where
    // the unfolded header scrolls away) is brought back into it, as little as it takes.
    box.focus({ preventScroll: true });
    box.select();
    var shown = box.getBoundingClientRect();
    if (shown.top < 0 || shown.bottom > window.innerHeight) box.scrollIntoView({ block: "nearest" });
  });

  // ---- Table of contents: open beside the page on wide screens, folded on phones. ----
  var toc = document.querySelector("details.toc");
  if (toc && window.matchMedia && window.matchMedia("(min-width: 64em)").matches) toc.open = true;
})();
