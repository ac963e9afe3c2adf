"""axe-core (WCAG 2.1 A and AA) finds no violation on every kind of page, at 1366 and 390 px wide, in headless
Chromium. axe-core comes from the PyPI package axe-playwright-python (its axe.min.js), injected through the
DevTools protocol; .ci/run installs it."""

import json
import pathlib

import pytest

# A role's handbook: the smallest (follow-up-caller, 28 situations with dialogues and their cases), since axe-core
# takes about a minute on the largest on a slow machine, at each width.
PAGES = ["index.html", "situations/answer-call.html", "roles/follow-up-caller.html", "taboos.html",
         "cards/hotline-agent.html", "search.html?q=refund"]


def axe_source():
    try:
        import axe_playwright_python
    except ImportError:
        pytest.fail("axe-core is missing: pip install axe-playwright-python")
    return (pathlib.Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def axe():
    return axe_source()


def violations(page, axe):
    """What axe-core finds on `page` against WCAG 2.1 A and AA (the first three nodes of each rule)."""
    page.eval(axe)
    page.socket.settimeout(600)  # a role handbook is long: axe takes a while on a busy machine
    return page.eval("""axe.run(document, {runOnly: {type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}}).then(r => r.violations.map(v => ({
        id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ': ' +
        n.failureSummary)})))""")


@pytest.mark.parametrize("width", [1366, 390])
@pytest.mark.parametrize("path", PAGES)
def test_no_axe_violations(browser, site, axe, path, width):
    base, _, query = path.partition("?")
    url = site(base) + ("?" + query if query else "")
    page = browser.page(url, width=width)
    try:
        if width < 500:
            page.resize(width, 844, mobile=True)
            page.goto(url)
        result = violations(page, axe)
        assert result == [], json.dumps(result, ensure_ascii=False, indent=1)
    finally:
        page.close()


@pytest.mark.parametrize("path", PAGES)
def test_every_kind_of_page_has_a_heading_one(browser, site, axe, path):
    """axe-core's best-practice rule page-has-heading-one (a screen reader's "jump to the main heading"): the card
    sheet had none, its cards' titles being h2."""
    base, _, query = path.partition("?")
    page = browser.page(site(base) + ("?" + query if query else ""))
    try:
        page.eval(axe)
        result = page.eval("""axe.run(document, {runOnly: {type: 'rule', values: ['page-has-heading-one']}})
            .then(r => r.violations.map(v => v.id))""")
        assert result == [], result
    finally:
        page.close()


def test_no_axe_violations_with_my_role_chosen(browser, site, axe):
    """With "My role" chosen, what is for other roles is greyed: still readable, dialogue case labels included."""
    url = site("situations/silent-call.html")
    page = browser.page(url)
    try:
        page.eval("localStorage.setItem('phrasebook.role', 'counter-clerk')")
        page.goto(url)
        assert page.eval("document.querySelectorAll('.not-my-role .case-label').length") > 0
        result = violations(page, axe)
        assert result == [], json.dumps(result, ensure_ascii=False, indent=1)
    finally:
        page.eval("localStorage.removeItem('phrasebook.role')")
        page.close()


@pytest.mark.parametrize("path", ["situations/answer-call.html", "index.html"])
def test_the_headers_small_controls_can_be_hit_with_a_thumb(browser, site, path):
    """On a phone, the header's check boxes (with their labels) and the breadcrumb's links are at least 24 CSS
    pixels high (WCAG 2.2, 2.5.8 Target Size), and a check box itself 16."""
    url = site(path)
    page = browser.page(url, width=390)
    try:
        page.eval("localStorage.setItem('phrasebook.role', 'counter-clerk')")
        page.resize(390, 844, mobile=True)
        page.goto(url)
        controls = "label.hide-others, label.language-toggle, .breadcrumb a, label.pronunciation-toggle, header input"
        sizes = page.eval(f"""[...document.querySelectorAll('{controls}')].filter(e => e.offsetParent !== null)
            .map(e => [e.outerHTML.slice(0, 60), e.getBoundingClientRect().width, e.getBoundingClientRect().height,
                       e.tagName === 'INPUT'])""")
        assert len(sizes) >= 4, sizes
        small = [size for size in sizes if size[2] < (16 if size[3] else 24) or size[1] < (16 if size[3] else 24)]
        assert small == [], small
    finally:
        page.eval("localStorage.clear()")
        page.close()
