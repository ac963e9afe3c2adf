// Pages a handbook for print (a role's handbook, the whole book's): a title page, the contents with the page
// each chapter and situation starts on, a running head, page numbers, and page breaks only between phrases,
// turns and paragraphs, never inside one (nor inside a phrase's box, unless it is taller than a third of a page).
//
// Browsers do not number contents entries (no target-counter), so the script lays the page out as it will
// print: it applies print.css on screen for a moment at the printed width, walks the page's blocks in order
// and starts a new page wherever the next block would not fit (taking a heading along with the block after
// it), marks those blocks `page-start` (print.css breaks before them) and writes the page numbers into the
// contents. Every page is filled to a little less than its height (SLACK), so the browser keeps the
// script's breaks and adds none of its own.
(function () {
  "use strict";
  var body = document.body;
  if (!body || !body.classList.contains("booklet")) return;

  var MM = 96 / 25.4;
  // The content box of a printed page: A4 less the margins of print.css's @page (18 mm top, 16 bottom, 14 sides).
  var PAGE = { width: (210 - 2 * 14) * MM, height: (297 - 18 - 16) * MM };
  var SLACK = 10 * MM;
  // Blocks never split between pages.
  var ATOM = ".booklet-title, .contents-heading, .contents-situation, .phrase-head, .renderings, .note, " +
    ".avoid, .turn, .guideline-list > li, .when, .audience, .texts, .case-end, .branch-label, .case-when, " +
    ".page-intro, .situation-title, .contents-chapter > a";
  // Blocks kept on the same page as the block after them.
  var KEEP = "h1, h2, h3, h4, .situation-title, .branch-label, .case-when, .case-when + .texts, .contents-heading, " +
    ".contents-chapter > a, .audience, .phrase-head, .label-say, .phrases > :first-child, .guidelines > :first-child, .dialogue > :first-child";
  // Blocks kept on the same page as the block before them: a case's end ("end of case 1") with its last turn.
  var KEEP_AFTER = ".case-end";
  // Parts of the booklet that start on a page of their own.
  var PART = ".booklet-title, .booklet-contents";
  // Boxes kept whole, as one block, when they take no more than a third of a page: a phrase's box is not split
  // between its words and its note. A taller one breaks between its blocks, so that no page is left half empty.
  var WHOLE = ".phrase, .taboo";
  var WHOLE_HEIGHT = PAGE.height / 3;

  function isBlock(element) {
    var display = getComputedStyle(element).display;
    return display !== "none" && display.indexOf("inline") !== 0 && display !== "contents";
  }

  function atoms(root, list) {
    for (var child = root.firstElementChild; child; child = child.nextElementSibling) {
      if (!isBlock(child)) continue;
      var blockChildren = Array.prototype.some.call(child.children, isBlock);
      var whole = child.matches(WHOLE) && child.getBoundingClientRect().height <= WHOLE_HEIGHT;
      if (whole || child.matches(ATOM) || !blockChildren) {
        if (child.getBoundingClientRect().height > 0) list.push(child);
      } else {
        atoms(child, list);
      }
    }
    return list;
  }

  // Where a block that starts a page begins on it: a break before it is forced (print.css), and a forced break
  // keeps the top margin of what follows it (CSS Fragmentation), where the screen lets it run into the block
  // before.
  function topWithMargin(block) {
    return block.getBoundingClientRect().top - (parseFloat(getComputedStyle(block).marginTop) || 0);
  }

  function partOf(element) {
    return element.closest(PART);
  }

  // The element the reader sees at the top of the window, to keep there while the page is laid out as printed:
  // the part a link opened (#silent-call) until the reader scrolls, else whatever is at the window's top.
  var opened = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  window.addEventListener("scroll", function () { opened = null; }, { once: true, passive: true });
  function inView() {
    if (opened) return opened;
    var main = document.getElementById("main");
    var x = main ? main.getBoundingClientRect().left + 1 : 1;
    return document.elementFromPoint(Math.max(x, 1), 1);
  }

  function layOut() {
    runningHead();
    var link = document.getElementById("print-css");
    if (!link) return;
    var media = link.media;
    var root = document.documentElement;
    var width = root.style.width;
    var anchor = inView();
    var anchorTop = anchor ? anchor.getBoundingClientRect().top : 0;
    var anchoring = root.style.overflowAnchor;
    // The browser's own scroll anchoring would follow the printed layout and leave the reader elsewhere.
    root.style.overflowAnchor = "none";
    Array.prototype.forEach.call(document.querySelectorAll(".page-start"), function (element) {
      element.classList.remove("page-start");
    });
    link.media = "all";
    root.style.width = PAGE.width + "px";
    try {
      var main = document.getElementById("main");
      // The bottom margins that end the page (the last situation's, its last list's…) would run past the last
      // page's slack onto an empty page of their own.
      for (var last = main.lastElementChild; last; last = last.lastElementChild) last.classList.add("booklet-end");
      var blocks = atoms(main, []);
      var pages = [];
      var page = 1;
      var first = 0;
      var top = null;
      for (var i = 0; i < blocks.length; i++) {
        var rect = blocks[i].getBoundingClientRect();
        var forced = i > 0 && partOf(blocks[i]) !== partOf(blocks[i - 1]);
        if (top === null) {
          top = topWithMargin(blocks[i]);
        } else if (forced || rect.bottom - top > PAGE.height - SLACK) {
          var start = i;
          if (!forced && start - 1 > first && blocks[start].matches(KEEP_AFTER)) start--;
          while (!forced && start - 1 > first && blocks[start - 1].matches(KEEP)) start--;
          page += 1;
          first = start;
          blocks[start].classList.add("page-start");
          top = topWithMargin(blocks[start]);
          for (var j = start; j < i; j++) pages[j] = page;
          var tall = rect.bottom - top;
          if (tall > PAGE.height) {
            page += Math.floor(tall / PAGE.height);
            top = rect.bottom - (tall % PAGE.height);
          }
        }
        pages[i] = page;
      }
      Array.prototype.forEach.call(document.querySelectorAll(".page-ref[data-target]"), function (ref) {
        var target = document.getElementById(ref.getAttribute("data-target"));
        if (!target) return;
        for (var k = 0; k < blocks.length; k++) {
          var position = target.compareDocumentPosition(blocks[k]);
          if (blocks[k] === target || position & Node.DOCUMENT_POSITION_CONTAINED_BY ||
              position & Node.DOCUMENT_POSITION_FOLLOWING) {
            ref.textContent = String(pages[k]);
            return;
          }
        }
      });
      body.setAttribute("data-pages", String(page));
    } finally {
      link.media = media;
      root.style.width = width;
      if (anchor) window.scrollBy(0, anchor.getBoundingClientRect().top - anchorTop);
      root.style.overflowAnchor = anchoring;
    }
  }

  // The body's attribute `prefix` + CODE in the first language the reader keeps (phrasebook.js, run after this
  // script's first lines); `null` when it has none or before the reader's choices are read.
  function inFirstKept(prefix) {
    var choices = window.phrasebookChoices;
    return choices && choices.inFirstKept ? choices.inFirstKept(body, prefix) : null;
  }

  // The running head (the role and the book's title) and the edition, in the first language the reader keeps
  // where the page gives them per language (data-role-CODE, data-title-CODE, data-edition-CODE); set again with
  // every lay-out (once the page's other scripts have read the reader's choices, and just before printing).
  var headStyle = null;
  function runningHead() {
    var title = inFirstKept("data-title-");
    var role = inFirstKept("data-role-");
    var head = title === null ? body.getAttribute("data-running-head") || "" : (role ? role + " · " : "") + title;
    var edition = inFirstKept("data-edition-");
    if (edition === null) edition = body.getAttribute("data-edition") || "";
    if (!headStyle) {
      headStyle = document.createElement("style");
      document.head.appendChild(headStyle);
    }
    headStyle.textContent = "@media print { @page { @top-left { content: " + JSON.stringify(head) +
      "; font: 8pt sans-serif; } @top-right { content: " + JSON.stringify(edition) + "; font: 8pt sans-serif; } } " +
      "@page :first { @top-left { content: none; } @top-right { content: none; } @bottom-center { content: none; } } }";
  }

  runningHead();
  if (document.readyState === "complete") layOut();
  else window.addEventListener("load", layOut);
  // Fonts or the window may have changed since: lay out again just before printing.
  window.addEventListener("beforeprint", layOut);
})();
