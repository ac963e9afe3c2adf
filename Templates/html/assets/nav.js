// phrasebook navigation: the whole chapter tree in the sidebar of a situation page (its markup lists only its
// own chapter; the rest comes from window.PHRASEBOOK_NAV in assets/nav-data.js), the sidebar and anchors kept
// below the sticky header (folded to one row once the page is scrolled), a contents panel that follows the scroll
// on long pages (role handbooks), back-to-top (shown while scrolling back up), and previous and next that skip the
// situations "Hide the others" hides.
(function () {
  "use strict";

  var root = document.body.getAttribute("data-root") || "";

  // ---- The full chapter tree ----
  var partial = document.querySelector("ol.chapters[data-partial]");
  var data = window.PHRASEBOOK_NAV;
  var chapters = data && Array.isArray(data.chapters) ? data.chapters : null;
  var languages = (data && data.languages) || [];
  // The languages switched off now (phrasebook.js).
  function hiddenLanguages() {
    return window.phrasebookChoices ? window.phrasebookChoices.hiddenLanguages() : [];
  }
  // A title's parts, one per language, each followed by a space, appended to `parent`; those of the languages
  // switched off hidden.
  function titleParts(parent, titles) {
    var hidden = hiddenLanguages();
    titles.forEach(function (text, index) {
      if (!text) return;
      var language = languages[index] || {};
      var part = document.createElement("span");
      part.className = "title-part" + (index === 0 ? " source" : "");
      part.textContent = text;
      if (language.tag) part.lang = language.tag;
      if (language.dir) part.dir = language.dir;
      if (language.code) {
        part.setAttribute("data-lang", language.code);
        part.hidden = hidden.indexOf(language.code) >= 0;
      }
      parent.appendChild(part);
      parent.appendChild(document.createTextNode(" "));
    });
  }
  if (partial && chapters) {
    var current = partial.querySelector("li.nav-chapter");
    var currentId = current ? current.getAttribute("data-chapter") : null;
    var fragment = document.createDocumentFragment();
    chapters.forEach(function (chapter) {
      if (chapter.id === currentId) { fragment.appendChild(current); return; }
      var li = document.createElement("li");
      li.className = "nav-chapter";
      li.setAttribute("data-chapter", chapter.id);
      var fold = document.createElement("details");
      fold.className = "chapter-fold";
      var summary = document.createElement("summary");
      summary.className = "chapter-title";
      titleParts(summary, chapter.title);
      fold.appendChild(summary);
      var list = document.createElement("ol");
      list.className = "nav-situations";
      chapter.situations.forEach(function (situation) {
        var item = document.createElement("li");
        item.setAttribute("data-roles", situation.roles || "");
        var link = document.createElement("a");
        link.href = root + situation.href;
        titleParts(link, situation.title);
        item.appendChild(link);
        list.appendChild(item);
      });
      fold.appendChild(list);
      li.appendChild(fold);
      fragment.appendChild(li);
    });
    while (partial.firstChild) partial.removeChild(partial.firstChild);
    partial.appendChild(fragment);
    partial.removeAttribute("data-partial");
    var here = partial.querySelector("[aria-current=page]");
    if (here && here.scrollIntoView) here.scrollIntoView({ block: "center" });
    window.scrollTo(0, 0);
  }

  // ---- The pager of a situation page: while the other roles' situations are hidden ("My role", roles.js, which
  // says so with the event phrasebook:roles), previous and next lead to the nearest situation before and after
  // this one that is the role's, in the sidebar's order, and are hidden where there is none; else to the
  // neighbours the page was built with. ----
  var page = document.querySelector("main article.situation");
  var order = chapters ? [].concat.apply([], chapters.map(function (chapter) { return chapter.situations; })) : [];
  var here = page ? order.map(function (situation) { return situation.id; }).indexOf(page.id) : -1;
  var pagerLinks = [["prev", -1], ["next", 1]].map(function (side) {
    var link = document.querySelector('.pager a[rel="' + side[0] + '"]');
    // Its title: what follows its label (.pager-label, the first child), kept to be put back.
    var title = link && Array.prototype.slice.call(link.childNodes, 1);
    return link && { link: link, step: side[1], href: link.getAttribute("href"), title: title };
  }).filter(Boolean);
  function forRole(situation, role) {
    return !situation.roles || situation.roles.split(" ").indexOf(role) >= 0;
  }
  document.addEventListener("phrasebook:roles", function (event) {
    if (here < 0) return;
    pagerLinks.forEach(function (side) {
      var at = here + side.step;
      while (event.detail.hiding && at >= 0 && at < order.length && !forRole(order[at], event.detail.role)) {
        at += side.step;
      }
      var target = order[at];
      var leads = !target ? null : at === here + side.step ? side.href : root + target.href;
      side.link.hidden = !leads;
      if (!leads || leads === side.link.getAttribute("href")) return;
      side.link.setAttribute("href", leads);
      // The title the page was built with, or the one led to now, its languages as switched now; the label stays.
      Array.prototype.slice.call(side.link.childNodes, 1).forEach(function (node) { side.link.removeChild(node); });
      if (leads !== side.href) {
        side.link.appendChild(document.createTextNode(" "));
        titleParts(side.link, target.title);
        return;
      }
      var hidden = hiddenLanguages();
      side.title.forEach(function (node) {
        if (node.nodeType === 1 && node.hasAttribute("data-lang")) {
          node.hidden = hidden.indexOf(node.getAttribute("data-lang")) >= 0;
        }
        side.link.appendChild(node);
      });
    });
  });
  // "My role" (roles.js, run before this) marks the sidebar's entries just made, and says so to the pager.
  document.dispatchEvent(new Event("phrasebook:nav"));

  // ---- The header: on a desktop or a tablet, once the page is scrolled past its switches, it folds to one row
  // (the title and the search box) and stays at the top of the window; unfolded, near the top of the page, it
  // scrolls with the page, so it never covers what the keyboard or a link brings into view. A bottom margin makes
  // up the height it loses as it folds, so nothing on the page moves. Where it may not stay (a phone, a short
  // window: the style sheet sets --header-stays to 0) it never folds. Its folded height keeps the sidebar and
  // anchors below it. ----
  var header = document.querySelector(".site-header");
  var sidebar = document.querySelector(".site-nav");
  var foldedHeight = 0;
  function mayStay() {
    return header !== null && window.getComputedStyle(header).getPropertyValue("--header-stays").trim() === "1";
  }
  function height() {
    return header.getBoundingClientRect().height;
  }
  function isFolded() {
    return header.classList.contains("folded");
  }
  // Measured as it folds: the switches above may have changed its height since the last time. The page must not
  // be laid out between the two steps, or the browser's scroll anchoring moves it; where the folded height is not
  // known yet (the first fold after a window too small for the header to stay) it is, and the place is restored.
  function fold(on) {
    if (on === isFolded()) return;
    var y = window.scrollY;
    var unfolded = height();
    header.classList.toggle("folded", on);
    header.style.marginBottom = on ? unfolded - foldedHeight + "px" : "";
    if (on && height() !== foldedHeight) {
      foldedHeight = height();
      header.style.marginBottom = unfolded - foldedHeight + "px";
    }
    fitSidebar(on ? foldedHeight : unfolded);
    if (window.scrollY !== y) window.scrollTo(window.scrollX, y);
  }
  // The sidebar's contents panel fits the window below the header as it is, and stays below it once it is folded
  // (at the top of the window where the header does not stay).
  function fitSidebar(above) {
    if (sidebar && window.getComputedStyle(sidebar).position === "sticky") {
      sidebar.style.top = (isFolded() ? foldedHeight : 0) + "px";
      sidebar.style.maxHeight = "calc(100vh - " + Math.ceil(above) + "px)";
    } else if (sidebar) {
      sidebar.style.top = "";
      sidebar.style.maxHeight = "";
    }
  }
  // Folded once the unfolded header has scrolled up by all but its folded height: from there on it stays.
  function shouldFold() {
    var unfolded = isFolded() ? height() + parseFloat(header.style.marginBottom) : height();
    return mayStay() && window.scrollY >= unfolded - foldedHeight;
  }
  function stickyHeight() {
    return isFolded() ? header.offsetHeight : 0;
  }
  function measure() {
    if (!header) return;
    fold(false);
    if (mayStay()) {
      fold(true);
      fold(shouldFold());
    }
    // Anchors stop below the folded header: the header is folded wherever an anchor below it takes the page.
    document.documentElement.style.scrollPaddingTop = mayStay() ? Math.ceil(foldedHeight) + 8 + "px" : "";
    fitSidebar(isFolded() ? foldedHeight : mayStay() ? height() : 0);
  }
  measure();
  window.addEventListener("resize", measure);
  if (header) {
    // On paper the header does not stick: printed whole, without the margin that stands in for it.
    window.addEventListener("beforeprint", function () { fold(false); });
    window.addEventListener("afterprint", measure);
    var folding = false;
    window.addEventListener("scroll", function () {
      if (folding) return;
      folding = true;
      window.requestAnimationFrame(function () {
        folding = false;
        fold(shouldFold());
      });
    }, { passive: true });
  }

  // ---- Long pages: the contents panel marks where the reader is; back to top ----
  var inPage = Array.prototype.filter.call(document.querySelectorAll(".site-nav a[href^='#']"), function (link) {
    return link.getAttribute("href").length > 1 && document.getElementById(link.getAttribute("href").slice(1));
  });
  if (inPage.length > 1) {
    var targets = inPage.map(function (link) { return document.getElementById(link.getAttribute("href").slice(1)); });
    var panel = document.querySelector(".site-nav");
    var marked = null;
    // The part being read: the last one whose top has passed a line a third of the way down the view.
    var mark = function () {
      var line = stickyHeight() + window.innerHeight / 3;
      var here = null;
      for (var i = 0; i < targets.length; i++) {
        if (targets[i].getBoundingClientRect().top <= line) here = inPage[i]; else if (here) break;
      }
      if (here === marked) return;
      if (marked) marked.removeAttribute("aria-current");
      marked = here;
      if (!here) return;
      here.setAttribute("aria-current", "location");
      var fold = here.closest("details");
      if (fold && !fold.open) fold.open = true;
      if (panel && panel.scrollHeight > panel.clientHeight) {
        panel.scrollTop = Math.max(0, here.offsetTop - panel.clientHeight / 2);
      }
    };
    var pending = false;
    window.addEventListener("scroll", function () {
      if (pending) return;
      pending = true;
      window.requestAnimationFrame(function () { pending = false; mark(); });
    }, { passive: true });
    mark();
  }

  // Back-to-top shows while the reader goes back up a long page and hides as they read on down (as Material for
  // MkDocs does): it never sits over the copy buttons and links of what is being read.
  var back = document.querySelector(".back-to-top");
  if (back) {
    var lastY = window.scrollY;
    var update = function () {
      var y = window.scrollY;
      var away = document.documentElement.scrollHeight > window.innerHeight * 3 && y > window.innerHeight;
      if (!away || y > lastY + 4) back.hidden = true;
      else if (y < lastY - 4) back.hidden = false;
      lastY = y;
    };
    window.addEventListener("scroll", update, { passive: true });
    update();
    // Back to the very top, where the header is unfolded with its switches; the keyboard goes on from the content.
    var main = document.getElementById("main");
    back.addEventListener("click", function (event) {
      if (!main) return;
      event.preventDefault();
      window.scrollTo(0, 0);
      main.focus({ preventScroll: true });
    });
  }
})();
