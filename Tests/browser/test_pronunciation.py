"""The Korean pronunciation guide in a real browser: hidden until the reader turns it on, remembered across
pages like the language switches, hidden with its language; and on the card sheets built with
`--pronunciation ko`, where every card still fits its 85 x 55 mm."""

import pathlib
import subprocess
import tempfile

import pytest

from conftest import ROOT
from served import phrasebook_binary

GUIDES = "[...document.querySelectorAll('.pronunciation[data-guide-lang]')]"
SHOWN = GUIDES + ".filter(e => e.getClientRects().length > 0).length"


@pytest.fixture
def page(open_page):
    return open_page("situations/silent-call.html")


def test_guides_are_in_the_page_and_hidden_until_turned_on(page):
    assert page.eval(GUIDES + ".length") > 3
    assert page.eval(GUIDES + ".every(e => e.lang === 'ko-Latn' && e.getAttribute('data-guide-lang') === 'ko')")
    assert page.eval(SHOWN) == 0
    assert page.eval("!document.querySelector('label.pronunciation-toggle').hidden")
    assert page.eval("document.querySelector('input[data-toggle-pronunciation]').checked") is False


@pytest.mark.parametrize("path", ["index.html", "search.html"])
def test_a_page_without_guides_has_no_switch_that_would_do_nothing(open_page, path):
    """The contents and the search's results have no guide: ticking the switch there changed nothing."""
    tab = open_page(path, {"phrasebook.pronunciation": "shown"})
    if path == "search.html":
        tab.eval("""(() => { const input = document.getElementById('search-query'); input.value = '退款';
            input.form.requestSubmit(); })()""")
        tab.wait_until("document.querySelectorAll('#search-results > li').length > 0")
    assert tab.eval("document.querySelectorAll('[data-guide-lang]').length") == 0
    assert tab.eval("document.querySelector('label.pronunciation-toggle').hidden")
    # The choice is kept for the next page with guides.
    assert tab.eval("localStorage.getItem('phrasebook.pronunciation')") == '"shown"'


def test_toggle_shows_them_and_is_remembered_on_other_pages(page, site):
    total = page.eval(GUIDES + ".length")
    page.eval("document.querySelector('input[data-toggle-pronunciation]').click()")
    assert page.eval(SHOWN) == total
    # The first guide sits right under its Korean words and reads in Latin letters only.
    text = page.eval(GUIDES + "[0].textContent")
    assert text and all(ord(c) < 0x3000 for c in text if c not in "〔〕…")
    page.goto(site("situations/ask-to-wait.html"))
    assert page.eval("document.querySelector('input[data-toggle-pronunciation]').checked") is True
    assert page.eval(SHOWN) == page.eval(GUIDES + ".length") > 0
    page.goto(site("roles/hotline-agent.html"))
    assert page.eval(SHOWN) > 0
    page.eval("document.querySelector('input[data-toggle-pronunciation]').click()")
    assert page.eval(SHOWN) == 0
    page.goto(site("situations/silent-call.html"))
    assert page.eval(SHOWN) == 0


def test_a_guide_is_hidden_with_its_language(page):
    page.eval("document.querySelector('input[data-toggle-pronunciation]').click()")
    assert page.eval(SHOWN) > 0
    page.eval("document.querySelector('input[data-toggle-lang=\"ko\"]').click()")
    assert page.eval(SHOWN) == 0
    page.eval("document.querySelector('input[data-toggle-lang=\"ko\"]').click()")
    assert page.eval(SHOWN) == page.eval(GUIDES + ".length")


@pytest.fixture(scope="module")
def guided_output():
    """The shipped content built with `--pronunciation ko` by the built command (not `swift run`, which would wait
    for a `swift test` running beside these tests to let go of .build/)."""
    folder = pathlib.Path(tempfile.mkdtemp(prefix="phrasebook-pronunciation-")) / "Output"
    subprocess.run(
        [phrasebook_binary(), "build", "--format", "html", "--pronunciation", "ko", "--output", str(folder)],
        cwd=ROOT, check=True)
    return folder


def test_card_sheet_shows_guides_only_when_asked_and_cards_still_fit(browser, output, guided_output):
    plain = browser.page((output / "html" / "cards" / "hotline-agent.html").resolve().as_uri())
    try:
        assert plain.eval("document.querySelectorAll('.card .pronunciation').length") == 0
    finally:
        plain.close()
    page = browser.page((guided_output / "html" / "cards" / "hotline-agent.html").resolve().as_uri())
    try:
        guides = page.eval("[...document.querySelectorAll('.card p.pronunciation')].map(e => e.lang)")
        korean = page.eval("document.querySelectorAll('.card-phrase p[lang=\"ko\"]').length")
        assert guides and set(guides) == {"ko-Latn"}
        assert len(guides) == korean
        # Every card's content stays inside the card (the build-time estimate counted the guide lines).
        overflowing = page.eval(
            "[...document.querySelectorAll('.card')].filter(c => c.scrollHeight > c.clientHeight + 1).map(c => c.id)")
        assert overflowing == []
    finally:
        page.close()


@pytest.mark.parametrize("media", ["screen", "print"])
def test_on_a_wide_screen_and_printed_each_guide_sits_under_its_korean_text(page, media):
    """Printed (A4 is narrower than the screen's two-column width), a guide is not a column of its own either."""
    page.eval("document.querySelector('input[data-toggle-pronunciation]').click()")
    # A4 less its margins is 182 mm, 688 px: narrower than the screen style's two-column width (48em).
    page.resize(688 if media == "print" else 1366)
    page.send("Emulation.setEmulatedMedia", media=media)
    placed = page.eval(GUIDES + """.filter(e => e.getClientRects().length > 0).map(e => {
        const text = e.previousElementSibling.getBoundingClientRect(), guide = e.getBoundingClientRect();
        return [Math.abs(text.left - guide.left) < 1, guide.top >= text.bottom - 1];
    })""")
    assert placed and all(left and below for left, below in placed), placed
