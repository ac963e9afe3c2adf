// phrasebook "My role": the reader picks a role in the header; the choice persists across pages (localStorage
// phrasebook.role, shared with the search page's role filter). Everything marked data-roles="…" that does not
// name that role is greyed (class not-my-role), or hidden when "Hide the others" is ticked
// (phrasebook.hideOtherRoles). An empty data-roles means "for every role". A role's handbook (body
// data-handbook-role) holds that role's content only: nothing in it is greyed or hidden, whichever role is chosen,
// so that it reads and prints whole. Without the script nothing changes.
(function () {
  "use strict";

  var box = document.querySelector(".my-role");
  var select = document.getElementById("my-role");
  var hide = document.getElementById("hide-other-roles");
  if (!box || !select) return;
  var ROLE_KEY = "phrasebook.role";
  var HIDE_KEY = "phrasebook.hideOtherRoles";

  var choices = window.phrasebookChoices;
  if (!choices) return;
  var stored = choices.get;
  var store = choices.set;

  var applied = null;

  var handbookRole = document.body.getAttribute("data-handbook-role");

  function apply() {
    var role = handbookRole ? "" : select.value;
    var marked = document.querySelectorAll("[data-roles]");
    for (var i = 0; i < marked.length; i++) {
      var roles = marked[i].getAttribute("data-roles");
      var other = !!role && !!roles && roles.split(" ").indexOf(role) < 0;
      marked[i].classList.toggle("not-my-role", other);
    }
    // Nothing on the page is one role's (the taboos, the glossary, a role's own handbook; the sidebar aside): nothing
    // to hide, and the box, not offered, is not ticked either (the choice stored holds for the other pages).
    if (hide) {
      hide.disabled = !role || !document.querySelector("main [data-roles]");
      hide.checked = !hide.disabled && stored(HIDE_KEY) === "true";
    }
    applied = select.value + " " + (!!hide && hide.checked);
    var hiding = !!role && !!hide && hide.checked;
    document.body.classList.toggle("hide-other-roles", hiding);
    hideContentsOfHidden(hiding);
    countShown(hiding ? role : "");
    // The pager (nav.js) follows.
    document.dispatchEvent(new CustomEvent("phrasebook:roles", { detail: { role: role, hiding: hiding } }));
    // A page whose every situation is another role's says so, instead of showing nothing but its links.
    var note = document.getElementById("nothing-for-role");
    if (note) {
      var situations = document.querySelectorAll("main .situation");
      note.hidden = !hiding || !situations.length || Array.prototype.some.call(situations, function (situation) {
        return !situation.classList.contains("not-my-role");
      });
    }
  }

  // The page's contents (sidebar, a handbook's contents) list only what is shown: an entry for a hidden part led
  // nowhere. A chapter whose every entry is hidden goes too, on the contents page as well (its situations are
  // marked themselves).
  function hideContentsOfHidden(hiding) {
    Array.prototype.forEach.call(document.querySelectorAll(".home-contents .chapter"), function (chapter) {
      var entries = chapter.querySelectorAll("li[data-roles]");
      chapter.hidden = hiding && entries.length > 0 && Array.prototype.every.call(entries, function (entry) {
        return entry.classList.contains("not-my-role");
      });
    });
    // A situation page's sidebar lists the other pages (data-roles, from nav-data.js too).
    Array.prototype.forEach.call(document.querySelectorAll(".site-nav li[data-roles]"), function (item) {
      item.hidden = hiding && item.classList.contains("not-my-role");
    });
    var links = document.querySelectorAll('.site-nav a[href^="#"], .contents-chapters a[href^="#"]');
    Array.prototype.forEach.call(links, function (link) {
      var item = link.closest("li");
      if (!item || item.querySelector("li")) return;
      var target = document.getElementById(decodeURIComponent(link.getAttribute("href").slice(1)));
      item.hidden = hiding && !!target && !!target.closest(".not-my-role");
    });
    Array.prototype.forEach.call(document.querySelectorAll(".site-nav li, .contents-chapters li"), function (item) {
      var entries = item.querySelectorAll("li");
      if (!entries.length) return;
      item.hidden = hiding && Array.prototype.every.call(entries, function (entry) { return entry.hidden; });
    });
  }

  // A contents entry's phrase count (.count-number) counts what its page shows: while the other roles' phrases are
  // hidden, only `role`'s (data-role-counts="role=count …" names the roles that see fewer than all); else all. Its
  // word follows (.count-one, .count-many).
  function countShown(role) {
    Array.prototype.forEach.call(document.querySelectorAll("[data-role-counts]"), function (entry) {
      var number = entry.querySelector(".count-number");
      if (!number) return;
      if (number.phrasebookAll === undefined) number.phrasebookAll = number.textContent;
      var mine = null;
      entry.getAttribute("data-role-counts").split(" ").forEach(function (pair) {
        var at = pair.lastIndexOf("=");
        if (role && pair.slice(0, at) === role) mine = pair.slice(at + 1);
      });
      number.textContent = mine === null ? number.phrasebookAll : mine;
      // "1 phrase", "2 phrases": the entry carries both words when its count may read 1.
      var one = entry.querySelector(".count-one"), many = entry.querySelector(".count-many");
      if (one && many) {
        one.hidden = number.textContent !== "1";
        many.hidden = !one.hidden;
      }
    });
  }

  // The choice stored, shown in the menu and the box.
  function load() {
    var wanted = stored(ROLE_KEY) || "";
    var known = Array.prototype.some.call(select.options, function (option) { return option.value === wanted; });
    select.value = known ? wanted : "";
    if (hide) hide.checked = !hide.disabled && stored(HIDE_KEY) === "true";
  }

  load();
  select.addEventListener("change", function () {
    store(ROLE_KEY, select.value);
    apply();
  });
  if (hide) {
    hide.addEventListener("change", function () {
      store(HIDE_KEY, hide.checked ? "true" : "");
      apply();
    });
  }
  box.hidden = false;
  apply();
  // The sidebar's other chapters, filled in by nav.js after this has run.
  document.addEventListener("phrasebook:nav", apply);
  // Back and Forward: the browser puts back the menu and the box as the reader left this page (after this script
  // has set them), or shows the page as it was left, though the choice may have changed on another page since:
  // they and the page follow the choice stored.
  window.addEventListener("pageshow", function () {
    load();
    if (select.value + " " + (!!hide && hide.checked) !== applied) apply();
  });
})();
