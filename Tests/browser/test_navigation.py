"""Navigation on the shipped book, in headless Chromium: the whole chapter tree in a situation page's sidebar,
previous/next, the breadcrumb, a header that stays in view, a contents panel that follows the scroll and a way
back to the top on a role handbook that never covers the footer, a compact roles/channels block on a phone, and
page scripts that never hold up the parser."""

import contextlib
import json

import pytest

# Two frames: the page's scroll handlers have seen the last scroll (they run once a frame).
FRAMES = "new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))"


@contextlib.contextmanager
def on_a_phone(browser, site, path):
    """`path` opened at 390 × 844, as a phone shows it; closed after."""
    page = browser.page(site(path), width=390)
    try:
        page.resize(390, 844, mobile=True)
        page.goto(site(path))
        yield page
    finally:
        page.close()


def test_situation_sidebar_has_every_chapter_and_marks_the_page(browser, site):
    page = browser.page(site("situations/answer-call.html"))
    try:
        chapters = page.eval("window.PHRASEBOOK_NAV.chapters.length")
        assert chapters > 5
        assert page.eval("document.querySelectorAll('.site-nav li.nav-chapter').length") == chapters
        assert page.eval("document.querySelectorAll('.site-nav .nav-situations a').length") == \
            page.eval("window.PHRASEBOOK_NAV.chapters.reduce((n, c) => n + c.situations.length, 0)")
        assert page.eval("document.querySelector('.site-nav [aria-current=page]').getAttribute('href')") == \
            "answer-call.html"
        assert page.eval("document.querySelector('.site-nav [aria-current=page]').closest('details').open")
        closed = page.eval("[...document.querySelectorAll('.site-nav details.chapter-fold')].filter(d => !d.open).length")
        assert closed == chapters - 1, "the other chapters are folded"
        link = page.eval("document.querySelector('.site-nav li.nav-chapter:last-child a').href")
        page.goto(link)
        assert page.eval("location.pathname").endswith(".html")
        assert page.eval("document.querySelector('.site-nav [aria-current=page]') !== null")
    finally:
        page.close()


def test_previous_next_and_breadcrumb(browser, site):
    page = browser.page(site("situations/answer-call.html"))
    try:
        crumbs = page.eval("[...document.querySelectorAll('.breadcrumb a')].map(a => a.getAttribute('href'))")
        assert crumbs[0] == "../index.html" and crumbs[1].startswith("../index.html#chapter-")
        nxt = page.eval("document.querySelector('.pager a[rel=next]').getAttribute('href')")
        page.goto(site("situations/" + nxt))
        assert page.eval("document.querySelector('.pager a[rel=prev]').getAttribute('href')") == "answer-call.html"
    finally:
        page.close()


def test_header_stays_in_view(browser, site):
    page = browser.page(site("situations/answer-call.html"))
    try:
        page.eval("window.scrollTo(0, 3000)")
        page.wait_until("window.scrollY > 1000")
        page.wait_until("document.querySelector('.site-header').classList.contains('folded')")
        assert page.eval("Math.round(document.querySelector('.site-header').getBoundingClientRect().top)") == 0
        assert page.eval("document.getElementById('search-input').getBoundingClientRect().bottom > 0")
    finally:
        page.close()


@pytest.mark.parametrize("width, height", [(1366, 900), (820, 1000)])
def test_scrolled_down_the_header_folds_to_one_row_and_nothing_moves(browser, site, width, height):
    """Unfolded, the header with its switches takes a fifth of a desktop window and more; scrolled down it is one
    row (the title and the search box), the text under it stays where it was as it folds, it unfolds at the top,
    and a link to a phrase stops just below it."""
    page = browser.page(site("situations/angry-customer.html"), width, height)
    try:
        header = "document.querySelector('.site-header').getBoundingClientRect()"
        toggles = "document.querySelector('.language-toggles').getBoundingClientRect().height"
        unfolded = page.eval(f"{header}.height")
        assert unfolded > 150 and page.eval(toggles) > 0, unfolded
        where = "(e => e.getBoundingClientRect().top + window.scrollY)(document.querySelectorAll('.phrase')[1])"
        before = page.eval(where)
        page.eval("window.scrollTo(0, 1500)")
        page.eval(FRAMES)
        page.wait_until("document.querySelector('.site-header').classList.contains('folded')")
        assert page.eval(f"{header}.height") < 70
        assert page.eval(f"{header}.top") == 0
        assert page.eval("window.scrollY") == 1500, "the page moved as the header folded"
        assert abs(page.eval(where) - before) < 0.5, "the text moved as the header folded"
        assert page.eval("document.getElementById('search-input').getBoundingClientRect().height") > 0
        # Printed, the header is whole and takes no margin for the height it lost.
        page.eval("window.dispatchEvent(new Event('beforeprint'))")
        assert page.eval("document.querySelector('.site-header').className") == "site-header"
        assert page.eval("document.querySelector('.site-header').style.marginBottom") == ""
        page.eval("window.dispatchEvent(new Event('afterprint'))")
        assert page.eval("document.querySelector('.site-header').classList.contains('folded')")
        page.eval("window.scrollTo(0, 0)")
        page.eval(FRAMES)
        page.wait_until("!document.querySelector('.site-header').classList.contains('folded')")
        assert abs(page.eval(f"{header}.height") - unfolded) < 0.5 and page.eval(toggles) > 0
        last = page.eval("[...document.querySelectorAll('.phrase')].slice(-1)[0].id")
        page.eval(f"location.hash = {'#' + last!r}")
        page.eval(FRAMES)
        page.wait_until("document.querySelector('.site-header').classList.contains('folded')")
        gap = page.eval(f"document.getElementById({last!r}).getBoundingClientRect().top - {header}.bottom")
        assert 0 <= gap < 40, gap
    finally:
        page.close()


def test_near_the_top_the_unfolded_header_scrolls_away_and_covers_no_focus(browser, site):
    """Scrolled less than the fold, the unfolded header scrolls with the page: a control the keyboard reaches there
    is never under it (WCAG 2.4.11), and the sidebar fits the window. A window resized in height keeps its place."""
    for width, height in [(1366, 900), (1024, 768)]:
        page = browser.page(site("roles/hotline-agent.html"), width, height)
        try:
            page.eval("window.scrollTo(0, 80)")
            page.eval(FRAMES)
            assert not page.eval("document.querySelector('.site-header').classList.contains('folded')")
            covered = page.eval("""(() => {
              const header = document.querySelector('.site-header').getBoundingClientRect();
              return [...document.querySelectorAll('.site-nav summary, .site-nav a')].slice(0, 6).filter(e => {
                e.focus();
                const r = e.getBoundingClientRect();
                return r.height > 0 && r.bottom > 0 && r.top < header.bottom && r.bottom > header.top;
              }).map(e => e.textContent.trim().slice(0, 20));
            })()""")
            assert covered == [], covered
            page.eval("window.scrollTo(0, 80)")
            page.eval(FRAMES)
            bottom = page.eval("document.querySelector('.site-nav').getBoundingClientRect().bottom")
            assert bottom <= height + 1, bottom
        finally:
            page.close()
    page = browser.page(site("roles/hotline-agent.html"), 1366, 400)
    try:
        page.eval("window.scrollTo(0, 3000)")
        page.eval(FRAMES)
        page.resize(1366, 900)
        page.eval(FRAMES)
        page.eval(FRAMES)
        assert page.eval("window.scrollY") == 3000
        # Back to a window too short for the header to stay: the contents panel sticks at the very top again.
        page.resize(1366, 400)
        page.eval(FRAMES)
        assert page.eval("Math.round(document.querySelector('.site-nav').getBoundingClientRect().top)") == 0
    finally:
        page.close()


def test_role_handbook_contents_follow_and_back_to_top(browser, site):
    page = browser.page(site("roles/hotline-agent.html"))
    try:
        assert page.eval("document.querySelector('.back-to-top').hidden")
        target = page.eval("[...document.querySelectorAll('.site-nav .nav-situations a')][8].getAttribute('href')")
        page.eval(f"document.getElementById({target[1:]!r}).scrollIntoView()")
        here = "(document.querySelector('.site-nav a[aria-current=location]') || {getAttribute: () => ''})"
        page.wait_until(f"{here}.getAttribute('href') === {target!r}")
        assert page.eval("document.querySelectorAll('.site-nav a[aria-current=location]').length") == 1
        page.eval(FRAMES)
        page.eval("window.scrollBy(0, 200)")
        page.wait_until("document.querySelector('.back-to-top').hidden")  # reading on down
        page.eval(FRAMES)
        page.eval("window.scrollBy(0, -300)")
        page.wait_until("!document.querySelector('.back-to-top').hidden")  # going back up
        page.eval("document.querySelector('.back-to-top a').click()")
        page.wait_until("window.scrollY === 0")  # the very top: the header unfolds with its switches
        page.eval(FRAMES)
        assert not page.eval("document.querySelector('.site-header').classList.contains('folded')")
        assert page.eval("document.activeElement.id") == "main", "the keyboard goes on from the content"
    finally:
        page.close()


def test_back_to_top_never_covers_the_footer_on_a_phone(browser, site):
    with on_a_phone(browser, site, "roles/team-lead.html") as page:
        bottom = "window.scrollTo(0, document.documentElement.scrollHeight)"
        page.eval(bottom)
        page.eval(FRAMES)
        page.eval("window.scrollBy(0, -100)")
        page.wait_until("!document.querySelector('.back-to-top').hidden")
        page.eval(bottom)
        button = page.eval("JSON.stringify(document.querySelector('.back-to-top a').getBoundingClientRect())")
        lines = page.eval(
            "JSON.stringify([...document.querySelectorAll('.site-footer p')].map(p => p.getBoundingClientRect()))")
        button, lines = json.loads(button), json.loads(lines)
        for line in lines:
            overlaps = not (line["bottom"] <= button["top"] or line["top"] >= button["bottom"]
                            or line["right"] <= button["left"] or line["left"] >= button["right"])
            assert not overlaps, (line, button)


def test_back_to_top_never_covers_a_button_or_link_on_a_phone(browser, site):
    """Tapping a copy button, a link to a phrase or the next situation must never hit back-to-top instead (shown
    while scrolling back up, so the page is scrolled from its end to its top)."""
    with on_a_phone(browser, site, "situations/return-refund.html") as page:
        covered = page.eval("""(async () => {
          const covered = [];
          const button = document.querySelector('.back-to-top');
          window.scrollTo(0, document.documentElement.scrollHeight);
          for (let y = document.documentElement.scrollHeight; y > 0; y -= 150) {
            window.scrollTo(0, y);
            await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
            if (button.hidden) continue;
            for (const control of document.querySelectorAll('main button, main a')) {
              const box = control.getBoundingClientRect();
              const x = box.left + box.width / 2, middle = box.top + box.height / 2;
              if (box.width === 0 || middle < 0 || middle > window.innerHeight) continue;
              if (button.contains(document.elementFromPoint(x, middle))) covered.push([y, control.textContent.trim()]);
            }
          }
          return JSON.stringify(covered);
        })()""")
        assert json.loads(covered) == [], covered


def press(page, key, code, key_code):
    """A real key press (keydown with its character, keyup) through the DevTools protocol."""
    page.send("Input.dispatchKeyEvent", type="keyDown", key=key, code=code, text=key,
              windowsVirtualKeyCode=key_code)
    page.send("Input.dispatchKeyEvent", type="keyUp", key=key, code=code, windowsVirtualKeyCode=key_code)


@pytest.mark.parametrize("path, box", [("situations/angry-customer.html", "search-input"),
                                       ("search.html", "search-query")])
def test_slash_goes_to_the_search_box(browser, site, path, box):
    page = browser.page(site(path))
    try:
        page.eval("document.activeElement.blur()")
        page.eval("window.scrollTo(0, 1500)")
        # The header folds (and stays) on the scroll's event, before a reader could press a key.
        page.eval("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
        before = page.eval("window.scrollY")
        press(page, "/", "Slash", 191)
        assert page.eval("document.activeElement.id") == box
        assert page.eval("window.scrollY") == before, "the page stays where the reader was"
        assert page.eval("document.activeElement.value") == "", "the slash itself is not typed into the box"
        press(page, "/", "Slash", 191)
        assert page.eval("document.activeElement.value") == "/", "in the box a slash is a slash"
    finally:
        page.close()


@pytest.mark.parametrize("width, height", [(1366, 900), (390, 844)])
def test_slash_near_the_top_shows_the_whole_box(browser, site, width, height):
    """Near the top, where the unfolded header scrolls away, "/" brings its search box back into the window when
    it is partly scrolled out, instead of leaving the reader typing into a box they cannot see."""
    page = browser.page(site("situations/angry-customer.html"), width, height)
    try:
        page.eval("document.activeElement.blur()")
        top = page.eval("document.getElementById('search-input').getBoundingClientRect().top + window.scrollY")
        page.eval(f"window.scrollTo(0, {top + 8})")
        page.eval("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
        if page.eval("document.querySelector('.site-header').classList.contains('folded')"):
            pytest.skip("the header folds before its box leaves the window at this size")
        assert page.eval("document.getElementById('search-input').getBoundingClientRect().top") < 0
        press(page, "/", "Slash", 191)
        assert page.eval("document.activeElement.id") == "search-input"
        box = page.eval("JSON.stringify(document.getElementById('search-input').getBoundingClientRect())")
        box = json.loads(box)
        assert box["top"] > -1 and box["bottom"] < height + 1, f"the box is not wholly in the window: {box}"
    finally:
        page.close()


def test_on_a_phone_the_roles_line_has_no_space_before_its_commas(browser, site):
    """"상담원, 채팅 상담원", not "상담원 , 채팅 상담원": from one role's name to the next is a comma and a space."""
    with on_a_phone(browser, site, "situations/return-refund.html") as page:
        gaps = page.eval("""(() => {
          const dd = document.querySelector('.audience dd');
          const probe = document.createElement('span');
          probe.textContent = ', ';
          probe.style.whiteSpace = 'pre';
          dd.appendChild(probe);
          const comma = probe.getBoundingClientRect().width;
          probe.remove();
          const shown = [...dd.querySelectorAll('.tag')].map(tag => tag.querySelector('span:not([hidden])'));
          const gaps = [];
          for (let i = 1; i < shown.length; i++) {
            const a = shown[i - 1].getBoundingClientRect(), b = shown[i].getBoundingClientRect();
            if (Math.abs(a.top - b.top) < 2) gaps.push(b.left - a.right - comma);
          }
          return JSON.stringify(gaps);
        })()""")
        gaps = json.loads(gaps)
        assert gaps and all(abs(gap) < 1.5 for gap in gaps), gaps


def test_on_a_phone_the_header_scrolls_away_and_anchors_stop_at_the_top(browser, site):
    """At 390 × 844 and held sideways (844 × 390) the header is not kept in view: staff read phrases, not a quarter
    of the screen of switches; a link to a phrase puts it at the top, and back-to-top is a small round arrow."""
    for width, height in [(390, 844), (844, 390)]:
        page = browser.page(site("situations/angry-customer.html"), width=width)
        try:
            page.resize(width, height, mobile=True)
            page.goto(site("situations/angry-customer.html"))
            page.eval("window.scrollTo(0, 2000)")
            page.wait_until("window.scrollY > 1000")
            assert page.eval("document.querySelector('.site-header').getBoundingClientRect().bottom") <= 0
            assert page.eval("document.documentElement.style.scrollPaddingTop") == ""
            page.eval(FRAMES)
            page.eval("window.scrollBy(0, -200)")
            page.wait_until("!document.querySelector('.back-to-top').hidden")
            size = page.eval("(r => [r.width, r.height])(document.querySelector('.back-to-top a').getBoundingClientRect())")
            if width < 640:
                assert size[0] <= 48 and size[1] <= 48, size
            last = page.eval("[...document.querySelectorAll('.phrase')].slice(-3)[0].id")
            page.eval(f"location.hash = {'#' + last!r}")
            page.wait_until(f"Math.abs(document.getElementById({last!r}).getBoundingClientRect().top) < 20")
        finally:
            page.close()


def test_roles_and_channels_block_is_compact_on_a_phone(browser, site):
    with on_a_phone(browser, site, "situations/answer-call.html") as page:
        height = page.eval("document.querySelector('.audience').getBoundingClientRect().height")
        assert height < 90, height
        header = page.eval("document.querySelector('.site-header').getBoundingClientRect().height")
        assert header < 844 / 3, header


def test_page_scripts_are_deferred_and_still_run_in_order(browser, site):
    # The four scripts every page shares are in the head with `defer`: the parser reads the whole page without
    # stopping for them and the page is laid out once, after they ran (faster to show, and to reload in `serve`).
    shared = ["phrasebook.js", "roles.js", "nav-data.js", "nav.js"]
    for path in ["situations/answer-call.html", "index.html", "glossary.html", "taboos.html", "search.html"]:
        page = browser.page(site(path))
        try:
            scripts = page.eval("[...document.scripts].filter(s => s.src).map(s => "
                                "[s.src.split('/').pop(), s.defer, s.parentNode.localName])")
            ours = [script for script in scripts if script[0] in shared]
            assert ours == [[name, True, "head"] for name in shared], path
            assert page.eval("document.querySelector('p.visually-hidden[aria-live]') !== null"), path
            assert page.eval("document.querySelector('ol.chapters[data-partial]') === null"), path
        finally:
            page.close()


def test_a_search_result_for_a_dialogue_line_opens_at_that_line_marked(browser, site):
    """A line of a worked dialogue (a case, a turn) is found by search: the result opens the page at that case or
    turn, below the header and outlined, not at the top of a dialogue whose first case may say the opposite."""
    page = browser.page(site("search.html") + "?q=%E4%B8%8D%E6%BB%A1%E6%84%8F")
    try:
        page.wait_until("document.getElementById('search-status').textContent.length > 0 && "
                        "!document.getElementById('search-results').hasAttribute('aria-busy')")
        for kind in ["case", "turn"]:
            href = page.eval(f"(document.querySelector('#search-results li.kind-{kind} a') || {{}}).href || ''")
            assert "#" in href, f"no {kind} result for 不满意"
            page.goto(href)
            anchor = href.split("#", 1)[1]
            where = page.eval(f"""(() => {{
                const target = document.getElementById({json.dumps(anchor)});
                const header = document.querySelector('.site-header').getBoundingClientRect().bottom;
                const top = target.getBoundingClientRect().top;
                return {{kind: target.className, targeted: target.matches(':target'), top, header,
                        outlined: getComputedStyle(target).outlineStyle}};
            }})()""")
            assert where["kind"].startswith(kind) and where["targeted"], where
            assert where["header"] - 1 <= where["top"] < where["header"] + 120, where
            assert where["outlined"] == "solid", where
            page.goto(site("search.html") + "?q=%E4%B8%8D%E6%BB%A1%E6%84%8F")
            page.wait_until("!document.getElementById('search-results').hasAttribute('aria-busy') && "
                            "document.querySelectorAll('#search-results li').length > 0")
    finally:
        page.close()


@pytest.mark.parametrize("path", ["situations/angry-customer.html", "taboos.html", "glossary.html"])
def test_links_to_tap_on_a_phone_are_at_least_24_pixels_tall(browser, site, path):
    """An entry's own link (#id), a dialogue turn's link to its phrase and the sidebar's first links (home, taboos,
    glossary) are tapped on a phone: each is 24 CSS pixels tall at least (WCAG 2.2, target size)."""
    with on_a_phone(browser, site, path) as page:
        page.eval("document.querySelector('.toc').open = true")
        heights = page.eval("""[...document.querySelectorAll('.anchor, .phrase-ref, .nav-links a')]
            .filter(a => a.offsetParent !== null).map(a => [a.className || a.textContent.trim(),
            a.getBoundingClientRect().height])""")
        assert heights, "the page has such links"
        assert [h for h in heights if h[1] < 24] == []
