// phrasebook: the site's one script. Everything here is an enhancement: without it every page still shows all
// its content and every link works. It adds the language switches, copy buttons, in-page search and opens the
// table of contents on wide screens. No framework, no network: the search data comes from a <script src> file
// (window.PHRASEBOOK_SEARCH), which also works when the page is opened from disk.
(function () {
  "use strict";

  var root = document.body.getAttribute("data-root") || "";
  var live = document.createElement("p");
  live.className = "visually-hidden";
  live.setAttribute("aria-live", "polite");
  document.body.appendChild(live);

  function announce(message) {
    live.textContent = "";
    window.setTimeout(function () { live.textContent = message; }, 50);
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
  var hidden = loadHidden();
  var toggles = Array.prototype.slice.call(document.querySelectorAll("input[data-toggle-lang]"));
  var known = toggles.map(function (box) { return box.getAttribute("data-toggle-lang"); });
  hidden = hidden.filter(function (code) { return known.indexOf(code) >= 0; });
  if (known.length > 0 && hidden.length >= known.length) hidden = [];

  function applyLanguages(scope) {
    var nodes = (scope || document).querySelectorAll("[data-lang]");
    for (var i = 0; i < nodes.length; i++) {
      nodes[i].hidden = hidden.indexOf(nodes[i].getAttribute("data-lang")) >= 0;
    }
  }

  toggles.forEach(function (box) {
    var code = box.getAttribute("data-toggle-lang");
    box.checked = hidden.indexOf(code) < 0;
    box.addEventListener("change", function () {
      if (!box.checked) {
        if (hidden.length + 1 >= known.length) {
          box.checked = true;
          announce("At least one language stays shown.");
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
  var switches = document.querySelector(".language-toggles");
  if (switches && toggles.length > 1) switches.hidden = false;
  applyLanguages();

  // ---- Pronunciation guides: every guide is in the page, hidden until the reader turns them on; the choice
  // is remembered like the languages. A guide follows its language's switch too. ----
  var PRONUNCIATION_KEY = "phrasebook.pronunciation";
  var showPronunciation = false;
  if (storage) {
    try { showPronunciation = storage.getItem(PRONUNCIATION_KEY) === "shown"; } catch (error) { showPronunciation = false; }
  }

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
      if (storage) {
        try { storage.setItem(PRONUNCIATION_KEY, showPronunciation ? "shown" : "hidden"); } catch (error) { /* ignore */ }
      }
      applyPronunciation();
    });
    pronunciationBox.parentNode.hidden = false;
  }
  applyPronunciation();

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
    button.addEventListener("click", function () {
      var text = plainText(words).trim();
      copy(text).then(function (copied) {
        var label = button.firstChild;
        var before = label.nodeValue;
        label.nodeValue = copied ? "Copied" : "Copy failed";
        announce(copied ? "Copied: " + text : "Could not copy. Select the text and copy it by hand.");
        window.setTimeout(function () { label.nodeValue = before; }, 1500);
      });
    });
  });

  // ---- Table of contents: open beside the page on wide screens, folded on phones. ----
  var toc = document.querySelector("details.toc");
  if (toc && window.matchMedia && window.matchMedia("(min-width: 64em)").matches) toc.open = true;

  // ---- Search ----
  var data = window.PHRASEBOOK_SEARCH;
  var form = document.querySelector("form.search");
  if (!form || !data || !Array.isArray(data.entries)) return;
  var input = form.querySelector(".search-input");
  var status = form.querySelector(".search-status");
  var list = form.querySelector(".search-results");
  var languages = data.languages || [];
  var LIMIT = 50;

  function normalize(text) {
    return String(text).normalize("NFKC").toLowerCase();
  }

  var wordPattern;
  try { wordPattern = new RegExp("[\\p{L}\\p{N}\\p{M}]+", "gu"); } catch (error) { wordPattern = /[^\s.,!?;:"'()\[\]{}<>\/\\|~`@#$%^&*+=\u3000-\u303f\uff00-\uff0f]+/g; }

  function words(text) {
    return text.match(wordPattern) || [];
  }

  var prepared = data.entries.map(function (entry) {
    return {
      entry: entry,
      texts: entry.texts.map(function (text, index) {
        var normal = normalize(text);
        var language = languages[index] || {};
        return { normal: normal, compact: normal.replace(/\s+/g, ""), words: language.substring ? null : words(normal) };
      })
    };
  });

  function matches(item, query, compact, tokens) {
    return item.texts.some(function (text) {
      if (!text.words) return compact.length > 0 && text.compact.indexOf(compact) >= 0;
      return tokens.length > 0 && tokens.every(function (token) {
        return text.words.some(function (word) { return word.lastIndexOf(token, 0) === 0; });
      });
    });
  }

  function link(href) {
    return href.charAt(0) === "#" ? href : root + href;
  }

  function render(query) {
    while (list.firstChild) list.removeChild(list.firstChild);
    var normal = normalize(query).trim();
    if (!normal) {
      status.textContent = "";
      return;
    }
    var compact = normal.replace(/\s+/g, "");
    var tokens = words(normal);
    var found = prepared.filter(function (item) { return matches(item, normal, compact, tokens); });
    status.textContent = found.length === 0 ? "No phrase matches." :
      found.length === 1 ? "1 phrase matches." :
      found.length + " phrases match" + (found.length > LIMIT ? "; the first " + LIMIT + " are shown." : ".");
    found.slice(0, LIMIT).forEach(function (item) {
      var entry = item.entry;
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = link(entry.href);
      var where = document.createElement("span");
      where.className = "result-situation";
      entry.situation.forEach(function (title, index) {
        var language = languages[index] || {};
        var part = document.createElement("span");
        part.textContent = title;
        if (language.tag) part.lang = language.tag;
        if (language.code) part.setAttribute("data-lang", language.code);
        where.appendChild(part);
        where.appendChild(document.createTextNode(" "));
      });
      a.appendChild(where);
      entry.texts.forEach(function (text, index) {
        if (!text) return;
        var language = languages[index] || {};
        var line = document.createElement("span");
        line.className = "result-text";
        line.textContent = text;
        if (language.tag) line.lang = language.tag;
        if (language.code) line.setAttribute("data-lang", language.code);
        a.appendChild(line);
      });
      li.appendChild(a);
      list.appendChild(li);
    });
    applyLanguages(list);
  }

  var timer = null;
  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () { render(input.value); }, 120);
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && input.value) {
      input.value = "";
      render("");
    } else if (event.key === "ArrowDown") {
      var first = list.querySelector("a");
      if (first) { event.preventDefault(); first.focus(); }
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
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    window.clearTimeout(timer);
    render(input.value);
    var first = list.querySelector("a");
    if (first) first.focus();
  });
  form.hidden = false;
})();
