"""The language switch and draft languages, in headless Chromium: with a language switched off, titles, role
lists, chapter headings and links read cleanly in the languages left, and the interface words follow; a draft
language is published only by `build --drafts`."""

import json
import pathlib
import re
import shutil
import subprocess
import tempfile
import time

import pytest

from conftest import ROOT

FIRST_SHOWN = """(selector => [...document.querySelectorAll(selector)].filter(e => e.offsetParent !== null)
  .map(e => ({text: e.textContent, before: getComputedStyle(e, '::before').content, color: getComputedStyle(e).color})))"""


@pytest.fixture
def chinese_off(open_page):
    return open_page("situations/answer-call.html", {"phrasebook.hiddenLanguages": ["zh"]})


def test_title_starts_without_a_separator(chinese_off):
    parts = chinese_off.eval(f"{FIRST_SHOWN}('h1 .title-part')")
    assert [p["text"] for p in parts] == ["전화 받기", "Answering a call"]
    assert parts[0]["before"] in ("none", "normal")
    assert parts[1]["before"].startswith('"·')


def test_what_a_screen_reader_says_follows_the_first_language_shown(chinese_off):
    """With Chinese off the page's language, its title and the names of its landmarks and links are Korean; with
    Chinese on again they are as rendered."""
    said = """JSON.stringify({lang: document.documentElement.lang, title: document.title,
      nav: document.querySelector('nav.site-nav').getAttribute('aria-label'),
      pager: document.querySelector('nav.pager').getAttribute('aria-label'),
      anchor: document.querySelector('a.anchor').title,
      stays: document.querySelector('.language-toggles').getAttribute('data-one-stays')})"""
    korean = json.loads(chinese_off.eval(said))
    han = re.compile(r"[\u4e00-\u9fff]")
    assert korean["lang"] == "ko" and korean["title"] == "전화 받기 · 고객 응대 표준 문구집", korean
    assert korean["nav"] == "목차" and not any(han.search(value) for value in korean.values()), korean
    chinese_off.eval("""(() => { const box = document.querySelector('input[data-toggle-lang="zh"]'); box.checked = true;
                 box.dispatchEvent(new Event('change')); })()""")
    chinese = json.loads(chinese_off.eval(said))
    assert chinese["lang"] == "zh-Hans" and chinese["title"] == "接听来电 · 客户服务规范用语手册", chinese
    assert chinese["nav"] == "目录" and chinese["pager"] == "上一个 / 下一个", chinese


def test_breadcrumb_links_have_no_space_before_the_title_shown(chinese_off):
    gaps = chinese_off.eval("""[...document.querySelectorAll('.breadcrumb a')].map(a => {
      const shown = [...a.querySelectorAll('[data-lang]')].find(part => part.offsetParent !== null);
      return shown.getBoundingClientRect().left - a.getBoundingClientRect().left;
    })""")
    assert gaps and all(abs(gap) < 0.5 for gap in gaps), gaps


def test_role_list_starts_without_a_slash(chinese_off):
    tags = chinese_off.eval(f"{FIRST_SHOWN}('.audience .tag > span')")
    first = tags[0]
    assert first["text"] == "상담원" and first["before"] in ("none", "normal")


def test_sidebar_keeps_chapter_headings_and_link_colour(chinese_off):
    chapters = chinese_off.eval(f"{FIRST_SHOWN}('.chapter-title .title-part')")
    assert chapters and chapters[0]["text"] == "첫인사", chapters[:2]
    links = chinese_off.eval(f"{FIRST_SHOWN}('.nav-situations a:not([aria-current]) .title-part')")
    assert links[0]["color"] == "rgb(10, 79, 180)", "the first language shown is a link's colour, not grey"


def test_interface_words_follow_the_first_language_shown(chinese_off, site):
    assert chinese_off.eval("document.querySelector('.toc summary').innerText.trim()") == "목차"
    assert chinese_off.eval("document.querySelector('.phrases h2').innerText.trim()") == "문구"
    chinese_off.eval("localStorage.setItem('phrasebook.hiddenLanguages', JSON.stringify(['zh', 'ko']))")
    chinese_off.goto(site("taboos.html"))
    assert chinese_off.eval("document.querySelector('h1').innerText.trim()") == "Service taboos"


def test_a_card_sheet_speaks_the_first_language_shown_and_keeps_its_cards_whole(open_page):
    """A card sheet has no switches, but its own words (what to print on, the legend, the way back) follow the
    languages switched off on the other pages; the cards keep every language they were built with (the build's
    --card-language chooses those), since they are cut out and printed as laid out."""
    page = open_page("cards/hotline-agent.html", {"phrasebook.hiddenLanguages": ["zh", "en"]})
    help_text = page.eval("document.querySelector('.sheet-help').innerText")
    assert "포켓 카드" in help_text and "상담원" in help_text and "핸드북으로 돌아가기" in help_text, help_text
    assert "口袋卡" not in help_text and "Hotline agent" not in help_text, help_text
    # The page's language and title follow, as on the other pages (the tab, a screen reader's voice).
    assert page.eval("document.documentElement.lang") == "ko"
    assert page.eval("document.title") == "포켓 카드: 상담원 · 고객 응대 표준 문구집", page.eval("document.title")
    legend = page.eval("document.querySelector('.marks-legend').innerText")
    assert "↑" in legend and not any("\u4e00" <= ch <= "\u9fff" for ch in legend), legend
    shown = page.eval("""[...document.querySelectorAll('.paper-a4 .card-phrase p[lang]')]
      .filter(p => p.offsetParent !== null).map(p => p.lang)""")
    assert {"zh-Hans", "ko", "en"} <= set(shown), sorted(set(shown))
    # The live region phrasebook.js adds takes no room on the sheet.
    assert page.eval("document.querySelector('body > p[aria-live]').getBoundingClientRect().height") <= 1


def test_role_menus_follow_the_first_language_shown(chinese_off, browser, site):
    options = "[...document.querySelectorAll('#my-role option')].map(o => o.textContent)"
    labels = chinese_off.eval(options)
    assert labels[0] == "모든 역할" and "상담원" in labels and not any("岗位" in label for label in labels), labels
    chinese_off.eval("""(() => { const box = document.querySelector('input[data-toggle-lang="zh"]'); box.checked = true;
                 box.dispatchEvent(new Event('change')); })()""")
    assert chinese_off.eval(options)[0] == "全部岗位", "every language on again: as rendered"
    chinese_off.eval("localStorage.setItem('phrasebook.hiddenLanguages', JSON.stringify(['zh']))")
    chinese_off.goto(site("search.html"))
    search_labels = chinese_off.eval("[...document.querySelectorAll('#search-role option')].map(o => o.textContent)")
    assert search_labels[0] == "모든 역할" and "상담원" in search_labels, search_labels


def test_copy_buttons_speak_the_first_language_shown(chinese_off):
    labels = chinese_off.eval("[...document.querySelectorAll('button.copy')].map(b => b.firstChild.nodeValue)")
    assert labels and set(labels) == {"복사"}, set(labels)
    chinese_off.eval("document.querySelector('.rendering[data-lang=\"ko\"] button.copy').click()")
    said = chinese_off.wait_until("(() => { const b = document.querySelector('.rendering[data-lang=\"ko\"] "
                                  "button.copy'); return b.firstChild.nodeValue !== '복사' && "
                                  "b.firstChild.nodeValue; })()")
    assert said in ("복사됨", "복사 실패"), said
    languages = chinese_off.eval("[...new Set([...document.querySelectorAll('button.copy')].map(b => b.lang))]")
    assert languages == ["ko"], "the button's word is Korean, also inside the English rendering"
    spoken = chinese_off.wait_until("(() => { const spans = [...document.querySelectorAll('p[aria-live] span')]; "
                                    "return spans.length && JSON.stringify(spans.map(s => [s.lang, s.textContent])); "
                                    "})()")
    assert json.loads(spoken)[0][0] == "ko", spoken
    if said == "복사됨":
        assert json.loads(spoken)[1][0] == "ko", "the Korean phrase copied is read as Korean"


def test_copy_buttons_name_the_language_they_copy_in_that_language(open_page):
    """The button says its word in the first language kept ("复制") and then, for a screen reader, the name of the
    language it copies in that language itself ("한국어"): the name is marked as such, not read as Chinese."""
    page = open_page("situations/answer-call.html")
    names = page.eval("""[...document.querySelectorAll('.rendering button.copy')].map(button => {
        const named = [...button.querySelectorAll('.visually-hidden [lang]')];
        const rendering = button.closest('.rendering');
        return [rendering.lang, rendering.querySelector('.lang-name').textContent,
                named.map(span => [span.lang, span.textContent])]; })""")
    assert names
    for tag, name, marked in names:
        assert marked == [[tag, name]], f"the name {name} of the {tag} rendering's copy button is not marked {tag}"


def test_switching_a_language_off_on_the_page(browser, site):
    page = browser.page(site("index.html"))
    try:
        page.eval("localStorage.removeItem('phrasebook.hiddenLanguages')")
        page.goto(site("index.html"))
        page.eval("""(() => { const box = document.querySelector('input[data-toggle-lang="zh"]'); box.checked = false;
                     box.dispatchEvent(new Event('change')); })()""")
        assert page.eval("document.querySelector('h2#roles-heading').innerText.trim()") == "역할별 핸드북"
        assert page.eval("JSON.parse(localStorage.getItem('phrasebook.hiddenLanguages'))") == ["zh"]
    finally:
        page.eval("localStorage.removeItem('phrasebook.hiddenLanguages')")
        page.close()


def phrasebook_binary():
    built = ROOT / ".build" / "debug" / "phrasebook"
    if not built.exists():
        subprocess.run(["swift", "build", "--product", "phrasebook"], cwd=ROOT, check=True)
    return built


def test_draft_language_is_published_only_with_drafts(browser):
    scratch = pathlib.Path(tempfile.mkdtemp(prefix="phrasebook-draft-"))
    try:
        content = scratch / "Content"
        shutil.copytree(ROOT / "Content", content)
        book = (content / "phrasebook.xml").read_text(encoding="utf-8")
        book = book.replace('<language code="en" tag="en" name="English"/>',
                            '<language code="en" tag="en" name="English"/>\n'
                            '    <language code="ja" tag="ja" name="日本語" draft="true"/>')
        (content / "phrasebook.xml").write_text(book, encoding="utf-8")
        situation = content / "situations" / "answer-call.xml"
        text = situation.read_text(encoding="utf-8")
        text = re.sub(r'(<phrase id="answer-call-hotline"[^>]*>\s*<zh>[^<]*</zh>)', r"\1<ja>お電話ありがとうございます。{company}、{agent-number}番です。</ja>",
                      text, count=1)
        situation.write_text(text, encoding="utf-8")
        for drafts in (False, True):
            output = scratch / ("with" if drafts else "without")
            command = [str(phrasebook_binary()), "build", "--format", "html", "--content", str(content),
                       "--output", str(output)] + (["--drafts"] if drafts else [])
            subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
            page = browser.page((output / "html" / "situations" / "answer-call.html").as_uri())
            try:
                toggles = page.eval("[...document.querySelectorAll('input[data-toggle-lang]')].map(i => i.dataset.toggleLang)")
                japanese = page.eval("[...document.querySelectorAll('[lang=ja]')].map(e => e.textContent).join(' ')")
                if drafts:
                    assert toggles == ["zh", "ko", "en", "ja"]
                    assert "お電話ありがとうございます" in japanese
                else:
                    assert toggles == ["zh", "ko", "en"]
                    assert japanese == ""
            finally:
                page.close()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def test_a_copy_button_clicked_twice_comes_back_to_its_label(chinese_off):
    button = "document.querySelector('.rendering[data-lang=\"ko\"] button.copy')"
    chinese_off.eval(f"{button}.click()")
    chinese_off.wait_until(f"{button}.firstChild.nodeValue !== '복사'")
    chinese_off.eval(f"{button}.click()")
    time.sleep(0.3)
    assert chinese_off.eval(f"{button}.firstChild.nodeValue") != "복사", "still saying it was copied"
    chinese_off.wait_until(f"{button}.firstChild.nodeValue === '복사'", timeout=5)


def arabic_book(tmp_path):
    """The shipped content with Arabic added (a draft): the hotline greeting and the first situation's title in
    Arabic, whose {company} has no Arabic value, and the copy button's word in Arabic; built as HTML into
    tmp_path/Output, whose html/ folder is returned."""
    from served import phrasebook_binary as built_command
    content = tmp_path / "Content"
    shutil.copytree(ROOT / "Content", content)
    book = (content / "phrasebook.xml").read_text(encoding="utf-8")
    book = book.replace(
        '<language code="en" tag="en" name="English"/>',
        '<language code="en" tag="en" name="English"/>\n    <language code="ar" tag="ar" name="العربية" draft="true"/>')
    book = book.replace("</placeholders>", '</placeholders>\n  <interface><word id="copy"><ar>نسخ</ar></word></interface>')
    (content / "phrasebook.xml").write_text(book, encoding="utf-8")
    situation = content / "situations" / "answer-call.xml"
    text = situation.read_text(encoding="utf-8")
    text = re.sub(r'(<phrase id="answer-call-hotline"[^>]*>\s*<zh>[^<]*</zh>)',
                  r"\1<ar>مرحبًا بك في {company}، معك الموظف رقم {agent-number}!</ar>", text, count=1)
    text = text.replace("<en>Answering a call</en>", "<en>Answering a call</en><ar>الرد على مكالمة</ar>", 1)
    situation.write_text(text, encoding="utf-8")
    output = tmp_path / "Output"
    subprocess.run([built_command(), "build", "--format", "html", "--drafts", "--content", str(content),
                    "--output", str(output)], cwd=ROOT, check=True, capture_output=True)
    return output / "html"


def test_a_language_written_right_to_left_runs_right_to_left(browser, tmp_path):
    """Arabic (or Hebrew, Persian, Urdu) added as a language: its texts run right to left, set apart from the
    others, which stay left to right; each says so with dir, as a screen reader and the bidi algorithm read it."""
    html = arabic_book(tmp_path)
    page = browser.page((html / "situations" / "answer-call.html").as_uri())
    try:
        directions = page.eval("""(() => {
            const of = selector => {
              const element = document.querySelector(selector);
              return [element.closest('[dir]').getAttribute('dir'), getComputedStyle(element).direction];
            };
            return {arabic: of('#answer-call-hotline .rendering[data-lang="ar"] .words'),
                    english: of('#answer-call-hotline .rendering[data-lang="en"] .words'),
                    title: of('h1 .title-part[data-lang="ar"]'),
                    page: [document.documentElement.dir, getComputedStyle(document.body).direction]};
        })()""")
        # The other situations have no Arabic title yet: it stands in the source's words, shown nowhere while the
        # source's own title is (the sidebar, the breadcrumb and the pager show every language's title).
        pending = page.eval("""[...document.querySelectorAll('.title-part.pending')]
            .filter(e => e.getClientRects().length > 0).length""")
        assert page.eval("document.querySelectorAll('.site-nav .title-part.pending').length") > 0
        # The sidebar's other chapters, which nav.js makes from nav-data.js, say their direction too; a title not
        # yet in Arabic stands in the source's words, left to right.
        made, standing = (page.eval(f"""[...new Set([...document.querySelectorAll(
            '.site-nav .title-part[data-lang="ar"]{which}')]
            .map(e => e.getAttribute('dir') + ' ' + getComputedStyle(e).direction))]""")
            for which in (":not(.pending)", ".pending"))
    finally:
        page.close()
    assert directions == {"arabic": ["rtl", "rtl"], "english": ["ltr", "ltr"], "title": ["rtl", "rtl"],
                          "page": ["ltr", "ltr"]}, directions
    assert pending == 0, f"{pending} titles say the source's words twice"
    assert made == ["rtl rtl"], made
    assert standing == ["ltr ltr"], standing


def test_the_source_words_inside_a_right_to_left_text_run_left_to_right(browser, tmp_path):
    """A variable with no Arabic value shows the source's, marked as Chinese and running left to right inside the
    Arabic rendering, as the blank's label does; the copy button copies the phrase as plain text."""
    html = arabic_book(tmp_path)
    page = browser.page((html / "situations" / "answer-call.html").as_uri())
    try:
        words = "#answer-call-hotline .rendering[data-lang='ar'] .words"
        parts = page.eval(f"""[...document.querySelectorAll("{words} [lang]")].map(e => ({{
            text: e.textContent, lang: e.lang, dir: e.getAttribute('dir'), direction: getComputedStyle(e).direction,
            slot: e.classList.contains('slot')}}))""")
        pending = page.eval("""(() => { const shown = [...document.querySelectorAll(
              '.rendering.pending[data-lang="ar"] .ui > span')].find(e => getComputedStyle(e).display !== 'none');
            return [shown.lang, shown.getAttribute('dir'), getComputedStyle(shown).direction]; })()""")
        # From file:// the copy goes through a selected textarea and execCommand, which headless Chromium refuses:
        # what it would copy is read from the textarea instead.
        page.eval("""document.execCommand = () => { window.copiedText = document.body.lastElementChild.value;
                     return true; }""")
        page.eval(f"""document.querySelector("{words}").parentNode.querySelector('button.copy').click()""")
        copied = page.wait_until("window.copiedText")
    finally:
        page.close()
    assert parts == [
        {"text": "XX公司", "lang": "zh-Hans", "dir": "ltr", "direction": "ltr", "slot": False},
        {"text": "工号", "lang": "zh-Hans", "dir": "ltr", "direction": "ltr", "slot": True},
    ], parts
    assert pending == ["zh-Hans", "ltr", "ltr"], "the pending marker in the source's words runs left to right"
    assert copied == "مرحبًا بك في XX公司، معك الموظف رقم 〔工号〕!", "plain text, the blank in brackets"


def test_the_page_runs_right_to_left_when_arabic_is_the_first_language_kept(browser, tmp_path):
    """With every other language switched off, the page's language is Arabic and so is its direction; the copy
    buttons' word too. Back to left to right with the source on again."""
    html = arabic_book(tmp_path)
    url = (html / "situations" / "answer-call.html").as_uri()
    page = browser.page(url)
    try:
        page.eval("localStorage.setItem('phrasebook.hiddenLanguages', JSON.stringify(['zh', 'ko', 'en']))")
        page.goto(url)
        arabic = page.eval("""[document.documentElement.lang, document.documentElement.dir,
            getComputedStyle(document.body).direction, ...[...new Set([...document.querySelectorAll('button.copy')]
            .map(b => b.lang + ' ' + b.dir))]]""")
        page.eval("""(() => { const box = document.querySelector('input[data-toggle-lang="zh"]'); box.checked = true;
                     box.dispatchEvent(new Event('change')); })()""")
        chinese = page.eval("[document.documentElement.lang, document.documentElement.dir]")
    finally:
        page.eval("localStorage.removeItem('phrasebook.hiddenLanguages')")
        page.close()
    assert arabic == ["ar", "rtl", "rtl", "ar rtl"], arabic
    assert chinese == ["zh-Hans", "ltr"], chinese


def test_search_results_in_arabic_run_right_to_left_with_their_marks(browser, tmp_path):
    html = arabic_book(tmp_path)
    page = browser.page((html / "search.html").as_uri() + "?q=%D9%85%D8%B1%D8%AD%D8%A8%D9%8B%D8%A7")
    try:
        page.wait_until("document.getElementById('search-status').textContent.length > 0 && "
                        "!document.getElementById('search-results').hasAttribute('aria-busy')")
        texts = page.eval("""[...document.querySelectorAll('#search-results .result-text[lang="ar"]')].map(e => ({
            dir: e.getAttribute('dir'), direction: getComputedStyle(e).direction,
            marks: [...e.querySelectorAll('mark')].map(m => m.textContent)}))""")
    finally:
        page.close()
    assert texts and texts[0] == {"dir": "rtl", "direction": "rtl", "marks": ["مرحبًا"]}, texts
