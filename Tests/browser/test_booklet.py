"""A handbook prints from Chromium as a booklet: title page with the edition, contents whose page numbers are
the pages the situations start on, a running head, page numbers, and no near-empty page.

Each handbook is printed to PDF by headless Chromium (Page.printToPDF, the page's own A4 size) and measured with
poppler's `pdfinfo` and `pdftotext`.
"""

import re
import subprocess

import pytest

from cdp import chromium_path

# online-agent: its contents fill their first page to the last millimetre, where a forced break's top margin counts.
HANDBOOKS = ["roles/hotline-agent.html", "roles/online-agent.html", "book/handbook.html"]


def pdf_pages(path):
    """The text of every page, laid out (`pdftotext -layout`, the whole document at once: pages end in a form
    feed)."""
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, text=True).stdout
    count = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    assert re.search(r"^Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts", info, re.M), "not A4"
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True).stdout
    pages = text.split("\f")
    assert len(pages) == count + 1 and pages[-1] == "", f"{len(pages) - 1} pages of text, {count} printed"
    return pages[:count]


def page_fills(path):
    """How far down its page the body text of each page reaches, as a share of the body's height (the words' boxes
    of the whole document, `pdftotext -bbox`)."""
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, check=True, text=True).stdout
    top, bottom = 18 * 72 / 25.4, 841.89 - 16 * 72 / 25.4
    fills = []
    for page in html.split("<page ")[1:]:
        bottoms = [float(y) for y in re.findall(r'<word [^>]*yMax="([\d.]+)"', page)]
        body = [y for y in bottoms if top < y < bottom]
        fills.append((max(body) - top) / (bottom - top) if body else 0.0)
    return fills


@pytest.fixture(scope="module")
def printed(browser, output, tmp_path_factory):
    """Each handbook printed to PDF: {page: (pdf path, page texts, pages the page's script counted, the contents'
    situations as (id, source title, page), the page the contents give the taboo list)}."""
    folder = tmp_path_factory.mktemp("booklets")
    result = {}
    for handbook in HANDBOOKS:
        page = browser.page((output / "html" / handbook).resolve().as_uri())
        try:
            counted = int(page.eval("document.body.dataset.pages"))
            contents = page.eval(
                "[...document.querySelectorAll('.contents-situation .page-ref')].map(r => "
                "[r.dataset.target, document.getElementById(r.dataset.target).querySelector('.situation-title .source')"
                ".textContent, Number(r.textContent)])"
            )
            taboos = page.eval("Number(document.querySelector('.page-ref[data-target=\"taboos\"]').textContent)")
            path = folder / (handbook.replace("/", "-") + ".pdf")
            page.pdf(str(path))
        finally:
            page.close()
        result[handbook] = (path, pdf_pages(path), counted, contents, taboos)
    return result


@pytest.mark.parametrize("handbook", HANDBOOKS)
def test_title_page_names_book_role_and_edition(printed, handbook):
    _, pages, _, _, _ = printed[handbook]
    first = pages[0]
    assert "客户服务规范用语手册" in first and "Customer Service Phrasebook" in first
    assert re.search(r"版本 2026-12 \([0-9a-f]{8}\)", first)
    assert ("Hotline agent" in first) == handbook.startswith("roles/hotline-agent")
    assert not re.search(r"\b1 / \d+", first), "the title page has no page number"


@pytest.mark.parametrize("handbook", HANDBOOKS)
def test_every_later_page_has_its_number_and_the_running_head(printed, handbook):
    _, pages, counted, _, _ = printed[handbook]
    total = len(pages)
    assert total == counted, "the page's script counted another number of pages than Chromium printed"
    for number, text in enumerate(pages[1:], start=2):
        assert re.search(rf"(?m)^\s*{number} / {total}\s*$", text), f"page {number} has no number '{number} / {total}'"
        head = text.strip().splitlines()[0]
        assert "客户服务规范用语手册" in head and re.search(r"版本 2026-12", head), f"page {number}: head {head!r}"


@pytest.mark.parametrize("handbook", HANDBOOKS)
def test_contents_page_numbers_are_where_the_situations_start(printed, handbook):
    _, pages, _, contents, _ = printed[handbook]
    assert len(contents) > 30
    contents_text = "".join(pages[1:4])
    previous = 0
    for target, title, number in contents:
        assert number >= previous, f"{target}: contents numbers go backwards"
        previous = number
        assert re.search(rf"{re.escape(title)}\s.*\s{number}\s*$", contents_text, re.M), f"{target} not listed at {number}"
        assert title in pages[number - 1], f"{target} ({title}) is not on page {number}"


@pytest.mark.parametrize("handbook", HANDBOOKS)
def test_the_taboo_list_ends_the_handbook_on_the_page_the_contents_say(printed, handbook):
    """Desk staff get the taboos with their booklet: the list follows the last chapter, every taboo printed, on the
    page the contents give, without the on-screen links to the phrases."""
    _, pages, _, contents, taboos = printed[handbook]
    assert taboos > max(number for _, _, number in contents), "the list comes after the chapters"
    heading = re.compile(r"^服务禁语\s*$", re.M)
    assert heading.search(pages[taboos - 1]), f"the list's heading is not on page {taboos}"
    assert not heading.search("".join(pages[1:taboos - 1] + pages[taboos:])), "the heading on another page"
    listed = "".join(pages[taboos - 1:])
    assert "我就这态度" in listed
    assert "#taboo-" not in listed and "查看用语" not in listed


@pytest.mark.parametrize("handbook", HANDBOOKS)
def test_no_near_empty_pages(printed, handbook):
    path, pages, _, contents, _ = printed[handbook]
    first_chapter_page = min(number for _, _, number in contents)
    # The title page, the last page of the contents and the last page may be short; every other page is at least
    # half full.
    fills = page_fills(path)
    assert len(fills) == len(pages)
    for number in range(2, len(pages)):
        if number == first_chapter_page - 1:
            continue
        fill = fills[number - 1]
        assert fill >= 0.5, f"page {number} is only {fill:.0%} full"


# The phrase boxes (and taboos) of a third of a page or less that a page break splits, laid out as printed: print.css
# applied at the printed width (A4 less the 14 mm side margins), as assets/booklet.js lays the page out.
SPLIT_BOXES = """(() => {
  const link = document.getElementById('print-css'), root = document.documentElement;
  const media = link.media, width = root.style.width;
  link.media = 'all';
  root.style.width = ((210 - 28) * 96 / 25.4) + 'px';
  try {
    const third = (297 - 18 - 16) * 96 / 25.4 / 3;
    const boxes = [...document.querySelectorAll('.phrase, .taboo')];
    return {
      split: boxes.filter(b => b.getBoundingClientRect().height <= third && b.querySelector('.page-start')).map(b => b.id),
      movedWhole: boxes.filter(b => b.classList.contains('page-start')).length,
    };
  } finally {
    link.media = media;
    root.style.width = width;
  }
})()"""


@pytest.mark.parametrize("handbook", HANDBOOKS)
def test_phrase_boxes_are_not_split(browser, output, handbook):
    """A page break never falls inside a phrase's box (between its words and its note) that would fit on a page
    with a third to spare: the box goes to the next page whole."""
    page = browser.page((output / "html" / handbook).resolve().as_uri())
    try:
        found = page.eval(SPLIT_BOXES)
    finally:
        page.close()
    assert not found["split"], f"boxes split between pages: {found['split'][:5]}"
    assert found["movedWhole"] > 0, "no box starts a page: the break is never put before a whole box"


# The blocks a page starts with that leave their heading behind or belong to the page before: a case's first turn
# (its label and condition stay at the foot of the page before), its condition (the label stays), its end line.
ORPHANS = """[...document.querySelectorAll('.page-start')].filter(b =>
  b.matches('.case > .texts, .case > .turns > .turn:first-child, .case-end')).map(b =>
  b.className + ' in ' + b.closest('.case').id)"""


@pytest.mark.parametrize("handbook", HANDBOOKS)
def test_a_dialogue_case_keeps_its_label_and_end_with_its_turns(browser, output, handbook):
    """A page break never falls between a case's label and condition ("Case 1: the caller answers") and its first
    turn, nor before the line that ends the case."""
    page = browser.page((output / "html" / handbook).resolve().as_uri())
    try:
        assert page.eval("document.querySelectorAll('.page-start').length") > 0
        orphans = page.eval(ORPHANS)
    finally:
        page.close()
    assert not orphans, f"pages that start apart from their case: {orphans}"


@pytest.mark.parametrize("handbook", HANDBOOKS)
def test_no_phrase_id_is_printed(printed, handbook, output):
    """A dialogue turn's link to its phrase ("Go to phrase", #answer-call-service-centre as its tooltip) means
    nothing on paper."""
    _, pages, _, _, _ = printed[handbook]
    page = (output / "html" / handbook).read_text(encoding="utf-8")
    ids = set(re.findall(r'class="phrase-ref"[^>]*title="#([a-z0-9-]+)"', page))
    assert ids, "the handbook has dialogue turns that quote a phrase"
    # pdftotext lays a long id out over several lines: its start is enough.
    printed_ids = [i for i in ids if any("#" + i[:8] in text for text in pages)]
    assert not printed_ids, printed_ids[:5]
    assert not any("查看用语" in text for text in pages), "the link's words"


@pytest.mark.parametrize("how", ["switch", "address"])
def test_running_head_follows_the_first_language_kept(browser, output, tmp_path, how):
    """With Chinese switched off (on the page, or by ?languages=ko,en printed from the command line as
    Printing.md shows), the running head (role · title) and the edition are in Korean, and the title page and the
    contents hold no Chinese: Korean first and large, then English. (The smallest role's handbook: it prints
    in half the time of the largest.)"""
    url = (output / "html" / "roles" / "follow-up-caller.html").resolve().as_uri()
    path = tmp_path / "follow-up-caller-ko.pdf"
    if how == "address":
        subprocess.run(
            [chromium_path(), "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
             f"--user-data-dir={tmp_path / 'profile'}", f"--print-to-pdf={path}", url + "?languages=ko,en"],
            check=True, capture_output=True, timeout=120)
    else:
        page = browser.page(url)
        try:
            page.eval("localStorage.setItem('phrasebook.hiddenLanguages', JSON.stringify(['zh']))")
            page.goto(url)
            page.wait_until("document.body.dataset.pages")
            page.pdf(str(path))
        finally:
            page.eval("localStorage.removeItem('phrasebook.hiddenLanguages')")
            page.close()
    pages = pdf_pages(path)
    second = pages[1]
    assert "해피콜 담당자 · 고객 응대 표준 문구집" in second, second[:300]
    assert re.search(r"버전 2026-12 \([0-9a-f]{8}\)", second) and "版本" not in second, second[:300]
    han = re.compile(r"[\u4e00-\u9fff]")
    cover, contents = pages[0], pages[1]
    assert "고객 응대 표준 문구집" in cover and "해피콜 담당자" in cover and not han.search(cover), cover[:300]
    assert "목차" in contents and "첫인사 · Opening and greeting" in contents, contents[:200]
    assert not han.search(contents), contents[:300]


@pytest.mark.parametrize("link", [
    "roles/hotline-agent.html#silent-call",
    "book/handbook.html#complaint",
    "roles/counter-clerk.html#chapter-counter",
])
def test_a_link_into_a_handbook_opens_at_its_target(browser, output, link):
    """A shared link or a bookmark to a situation or chapter of a handbook shows that part at the top of the window:
    the page laid out as printed, for a moment, on load does not move the reader elsewhere."""
    page, anchor = link.split("#")
    tab = browser.page((output / "html" / page).resolve().as_uri() + "#" + anchor, width=1280, height=800)
    try:
        tab.wait_until("document.readyState === 'complete' && document.body.dataset.pages !== undefined")
        top = tab.eval(f"document.getElementById({anchor!r}).getBoundingClientRect().top")
        assert -2 <= top <= 160, f"{link}: its target is {top:.0f} px from the top of the window"
    finally:
        tab.close()


LONG_WORDS = """(() => {
  const url = 'https://intranet.example.com/servicedesk/callregistration/new-request-form-for-hotline';
  for (const words of [...document.querySelectorAll('.rendering .words')].slice(0, 6)) words.textContent += url;
  const root = document.documentElement;
  const over = [...document.querySelectorAll('.rendering .words')].filter(w => w.scrollWidth > w.clientWidth + 1);
  return {page: root.scrollWidth - root.clientWidth, words: over.length};
})()"""


@pytest.mark.parametrize("width", [1366, 390])
def test_a_word_longer_than_its_column_breaks_on_screen_and_in_print(browser, output, width):
    """An address or a model number longer than its column (Chinese and English as well as Korean) breaks inside
    the column: nothing runs past it or widens the page, on screen and printed (where an overflow would shrink
    every page of the booklet)."""
    url = (output / "html" / "roles" / "hotline-agent.html").resolve().as_uri()
    page = browser.page(url, width=width)
    try:
        screen = page.eval(LONG_WORDS)
        page.send("Emulation.setEmulatedMedia", media="print")
        printed = page.eval("(() => { const r = document.documentElement; return r.scrollWidth - r.clientWidth; })()")
    finally:
        page.close()
    assert screen == {"page": 0, "words": 0}, screen
    assert printed <= 0, printed


def test_the_search_page_prints_its_results_not_its_form(browser, output, tmp_path):
    """A printed search says how many results it found and shows them; the form that found them is left out."""
    url = (output / "html" / "search.html").resolve().as_uri() + "?q=%ED%99%98%EB%B6%88"
    page = browser.page(url)
    try:
        page.wait_until("document.querySelectorAll('#search-results > li').length > 0", timeout=30)
        count = page.eval("document.querySelectorAll('#search-results > li').length")
        first = page.eval("document.querySelector('#search-results > li .result-text').textContent")
        page.pdf(tmp_path / "search.pdf")
    finally:
        page.close()
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "search.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert f"{count} 条结果" in text and first.strip()[:12] in text, text[:600]
    assert "要找的词" not in text, "the form is printed"
