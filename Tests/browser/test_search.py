"""Site search on the shipped book, in headless Chromium: search.html?q=QUERY answers with links to the place
that matched, best first, highlighted and counted, in every language and script; the role filter narrows and
is remembered; the page works from file:// and from a web server under any path."""

import bz2
import contextlib
import functools
import http.server
import json
import pathlib
import re
import shutil
import tempfile
import threading
import unicodedata
import urllib.parse

import pytest

RESULTS = """[...document.querySelectorAll('#search-results > li')].map(li => ({
  href: li.querySelector('a').getAttribute('href'),
  kind: li.className.replace(/.*kind-/, ''),
  texts: [...li.querySelectorAll('.result-text')].map(e => ({lang: e.lang, text: e.textContent})),
  marks: [...li.querySelectorAll('mark')].map(m => m.textContent)
}))"""


# The search has answered and shown its whole first page: the count is out and the list no longer busy (the first
# ten results come first, the rest of the fifty once their files are in).
SETTLED = ("document.getElementById('search-status').textContent.length > 0 && "
           "!document.getElementById('search-results').hasAttribute('aria-busy')")


def status(page):
    return page.eval("document.getElementById('search-status').textContent")


@pytest.fixture
def search(browser, site):
    """Opens search.html with the given query (and role), returns (page, results); closes the pages after."""
    opened = []

    def run(query, role=None):
        params = {"q": query}
        if role is not None:
            params["role"] = role
        page = browser.page(site("search.html") + "?" + urllib.parse.urlencode(params))
        opened.append(page)
        page.wait_until(SETTLED)
        return page, page.eval(RESULTS)

    yield run
    for page in opened:
        page.close()


def parts_of(page):
    """The search data files the page loaded, by name (core, other-0, entries-title-0, …)."""
    return page.eval("document.getElementById('search-status').getAttribute('data-parts')").split()


def search_file(output, name):
    """One file of the search data, decoded."""
    script = (output / "html" / "assets" / "search" / f"{name}.js").read_text(encoding="utf-8")
    prefix = f'phrasebookSearchLoaded("{name}", '
    assert script.startswith(prefix) and script.endswith(");\n")
    return json.loads(script[len(prefix):-3])


def text_in(result, lang_prefix):
    return " ".join(t["text"] for t in result["texts"] if t["lang"].startswith(lang_prefix))


@pytest.mark.parametrize("query", ["refund", "환불", "Refunds", "退款"])
def test_situation_title_ranks_first_in_every_language(search, query):
    page, results = search(query)
    assert results, f"{query}: no results"
    assert results[0]["href"] == "situations/return-refund.html#return-refund", results[0]
    assert results[0]["kind"] == "title"
    assert results[0]["marks"], "the matched words are highlighted"
    assert str(len(results)) in status(page)


def test_chinese_word_in_guidelines_and_notes(search):
    _, results = search("情绪")
    assert len(results) >= 3
    assert all("情绪" in text_in(r, "zh") for r in results)
    assert {r["kind"] for r in results} - {"phrase"}, "guidelines, notes or whens are indexed too"
    assert all("情绪" in r["marks"] for r in results)


def test_chinese_term_without_a_word_list_finds_by_character_ngrams(search):
    """找别人 is in no text: without a dictionary it is cut into the pairs the book has and the characters of the
    rest (别人, 找), the entries with the rarest first; 投诉处理 also finds 投诉 and 处理 apart (two of its three
    bigrams)."""
    page, results = search("找别人")
    assert results, "found by the pair 别人 and the character 找"
    assert any("别人" in text_in(r, "zh") for r in results)
    assert "“别人 找”" in status(page) and "部分词" in status(page), status(page)
    _, apart = search("投诉处理")
    assert any("投诉处理" not in text_in(r, "zh") for r in apart), "bigrams apart count for four characters"


def test_a_three_character_chinese_term_the_book_has_matches_only_as_written(search):
    """Half the bigrams of three characters is one, too little: 不满意 must not find the texts that only say 满意
    (its opposite), 退换货 not every 换货; and 换一下, which no text has, is not found in every text with 一下 as
    if it were there: the status says it is not, and the entries with the rarer 换一 come first. (等一下 was the
    example until it became a search keyword of ask-to-wait.)"""
    for query in ["不满意", "退换货"]:
        _, results = search(query)
        assert results, query
        assert all(query in text_in(r, "zh") for r in results), (query, [text_in(r, "zh") for r in results])
    page, change = search("换一下")
    assert "没有与“换一下”匹配的结果" in status(page), status(page)
    assert "换一" in change[0]["marks"], change[0]


def test_every_term_must_match(search):
    _, both = search("投诉 处理")
    _, one = search("投诉")
    assert both and len(both) < len(one)
    for result in both:
        chinese = text_in(result, "zh")
        assert "投诉" in chinese and "处理" in chinese, result


def test_terms_in_different_languages_narrow_together(search):
    _, mixed = search("投诉 complaint")
    assert mixed
    for result in mixed:
        # complain: the glossary's other English form of the term, which the search takes for complaint.
        assert "投诉" in text_in(result, "zh") and "complain" in text_in(result, "en").lower()


def test_korean_word_with_particle_finds_the_word(search):
    _, results = search("불만을")
    hrefs = [r["href"] for r in results]
    assert "situations/complaint.html#complaint" in hrefs, "the title 불만 접수 has no 을"


def test_a_korean_term_at_a_words_start_ranks_above_one_inside_a_word(search):
    """화가 (anger) is inside 전화가 (the phone + a particle) in many phrases; among results of one kind, those
    with the term at a word's start (after a space, punctuation or the text's start) come first, from the keys
    and from the texts alike (불만을 goes to the texts for its stem's start)."""
    hangul = re.compile(r"[\u1100-\u11ff\u3131-\u318e\uac00-\ud7a3]")

    def at_start(text, term):
        return any(at == 0 or not hangul.match(text[at - 1])
                   for at in (m.start() for m in re.finditer(re.escape(term), text)))

    for query, term in [("화가", "화가"), ("전화", "전화"), ("불만을", "불만"), ("고객", "고객")]:
        _, results = search(query)
        seen_inside = set()
        starts = 0
        for result in results:
            korean = text_in(result, "ko")
            if term not in korean:
                continue
            if at_start(korean, term):
                assert result["kind"] not in seen_inside, (query, result["kind"], korean)
                starts += 1
            else:
                seen_inside.add(result["kind"])
        assert starts, query
    _, anger = search("화가")
    phrases = [text_in(r, "ko") for r in anger if r["kind"] == "why"]
    assert phrases and "화가 나" in phrases[0], phrases


def test_a_situation_is_found_by_its_search_keywords(search):
    """Words the book does not say, kept as a situation's <keywords> per language (ContentFormat.md), find it: the
    result is the keywords, the word found marked, under the situation's title, linking to the situation."""
    # 화가 난 고객 is 화난 고객 said with its particle: the search reads them as different words, so both are kept.
    for query, situation in [("yelling", "angry-customer"), ("화난 고객", "angry-customer"),
                             ("화가 난 고객", "angry-customer"), ("发脾气", "angry-customer"),
                             ("dead air", "silent-call"), ("단순 변심", "return-refund"), ("退钱", "return-refund")]:
        _, results = search(query)
        assert results and results[0]["href"] == f"situations/{situation}.html#{situation}", (query, results[:2])
        assert results[0]["kind"] == "keywords", results[0]
        assert query.split()[0].lower() in [mark.lower() for mark in results[0]["marks"]], results[0]
    # The result names the situation (its page) above the keywords, as a phrase's result does.
    page, _ = search("yelling")
    assert page.eval("document.querySelector('#search-results .result-page').textContent") == "情绪激动的客户"
    assert page.eval("document.querySelector('#search-results .result-kind').textContent") == "关键词"


def test_a_keyword_typed_whole_finds_its_situation_first(search):
    """A query that is one of a situation's keywords, whole, lists those keywords first, though entries with its
    words apart outscore them (for "check-in call" the title "Checking and calling back", a phrase with "check"
    and "call"); its case, spaces and hyphens aside, and a Korean particle or ending on its last word (방문 수리를,
    계속 전화해요: the keywords say 방문 수리, 계속 전화). A query that is only a part of a keyword ranks as before."""
    for query, situation in [("check-in call", "care-call"), ("Check-In Call", "care-call"),
                             ("checkin call", "care-call"), ("speak up", "customer-cannot-hear"),
                             ("방문 수리", "onsite-service"), ("방문수리", "onsite-service"),
                             ("文明用语", "courtesy-phrases"), ("방문 수리를", "onsite-service"),
                             ("계속 전화해요", "harassment")]:
        _, results = search(query)
        assert results[0]["href"] == f"situations/{situation}.html#{situation}", (query, results[:2])
        assert results[0]["kind"] == "keywords", (query, results[0])
    _, part = search("check-in")
    assert part[0]["href"].startswith("situations/check-and-call-back.html"), part[:2]
    assert "situations/care-call.html#care-call" not in [result["href"] for result in part[:3]], part[:3]
    # Two situations with the same keyword: both first, in book order.
    _, shared = search("본인 확인")
    assert [result["href"] for result in shared[:2]] == [
        "situations/identify-customer.html#identify-customer", "situations/ask-for-id.html#ask-for-id"], shared[:3]


def test_a_keyword_typed_whole_stays_first_when_more_are_shown(search):
    """Showing more than the first fifty sorts every match by its score (orderUpTo): the whole keyword, which a
    full sort by the texts alone puts lower, keeps its place first."""
    page, results = search("comments")
    keywords = "situations/suggestion.html#suggestion"
    assert results[0]["href"] == keywords and results[0]["kind"] == "keywords", results[:2]
    ranking = page.eval("phrasebookSearchRanking('comments', '')")
    assert ranking["all"][0] != ranking["page"][0], "a full sort by the texts alone puts another entry first"
    count = int("".join(ch for ch in status(page) if ch.isdigit()))
    assert count > 50
    page.eval("document.getElementById('search-more').click()")
    page.wait_until(f"document.querySelectorAll('#search-results > li').length === {min(100, count)}")
    assert page.eval("document.querySelector('#search-results > li a').getAttribute('href')") == keywords
    assert page.eval("phrasebookSearchRanking('comments', '')")["page"][0] == ranking["page"][0]


def test_only_a_query_that_may_be_a_keyword_loads_the_keywords(search, output):
    """The core holds a short hash of every keyword (SearchIndex+WholeKeywords.swift); the page hashes a query the
    same way, and loads the keywords' entries files to see whether it is one, whole, only when its hash is among
    them. Every keyword of the book, in any case and spacing, is; `ㅎ`, `refund` and `check-in` are not, and `ㅎ`,
    which matches every keywords entry, but none in the first ten results, loads no keywords."""
    fields = search_file(output, "entries-keywords-0")["entries"].split("\uffff")
    keywords = [keyword.strip() for text in fields if not text.startswith("situations/") and not text.isdigit()
                for keyword in re.split(r"[,，、;；\n]", text) if keyword.strip()]
    assert len(keywords) > 1000, len(keywords)
    page, _ = search("ㅎ")
    assert "entries-keywords-0" not in parts_of(page)
    missed = page.eval(f"{json.dumps(keywords)}.filter(k => !phrasebookSearchMayBeKeyword(k))")
    assert missed == [], missed[:5]
    variants = ["CHECK-IN CALL", "checkin call", "방문수리", "Speak  up", "방문 수리를", "계속 전화해요"]
    assert page.eval(f"{json.dumps(variants)}.every(k => phrasebookSearchMayBeKeyword(k))")
    assert page.eval("['ㅎ', 'refund', 'check-in'].map(phrasebookSearchMayBeKeyword)") == [False, False, False]
    # Typed in other forms of its words (`customers leaving` for `customer leaving`), a keyword is one too: the core
    # also hashes each keyword with its words at their roots (SearchIndex+WordStem.swift), as the page roots a
    # query's words. Every keyword written as its words' roots (`customer leav`) is thus one, only if the build's
    # roots are the page's.
    rooted = page.eval(f"""{json.dumps(keywords)}.map(function (k) {{
        return phrasebookSearch.fold(k).split(/[\\s\\-‐‑]+/).map(phrasebookSearch.rootOf).join(" ");
    }})""")
    assert sum(root != keyword for root, keyword in zip(rooted, keywords)) > 300
    missed = page.eval(f"{json.dumps(rooted)}.filter(k => !phrasebookSearchMayBeKeyword(k))")
    assert missed == [], missed[:5]
    assert page.eval("['customers leaving', 'farewells'].map(phrasebookSearchMayBeKeyword)") == [True, True]
    page, _ = search("speak up")
    assert "entries-keywords-0" in parts_of(page)


def test_english_plurals_fold(search):
    _, plural = search("complaints")
    _, singular = search("complaint")
    assert plural and [r["href"] for r in plural] == [r["href"] for r in singular]
    assert any("complaint" in text_in(r, "en").lower() and "complaints" not in text_in(r, "en").lower()
               for r in plural), "complaints finds complaint"


def test_a_word_in_es_finds_its_other_forms(search):
    """-es after four letters or more loses its e too (leaves → leav, closes → clos), so that the word finds its
    -ing form; a shorter word keeps it (notes → note: not, which would find every "not", is no stem of it)."""
    _, leaves = search("leaves")
    assert any("leaving" in (mark.lower() for mark in r["marks"]) for r in leaves), leaves[:3]
    _, notes = search("notes")
    assert notes and not any(mark.lower() == "not" for r in notes for mark in r["marks"]), notes[:3]


def test_british_and_american_spellings_find_each_other(search):
    """The book says "misdial" and "dialled": a double l before an ending is read as one where five letters are
    left (misdialled, misdialed → misdial), and the book's dialled is a form of dial, found by dialed with the
    word marked whole; a short word keeps its l's (calling is call, not cal, which would find calm)."""
    for spelling in ("misdialled", "misdialed"):
        _, found = search(spelling)
        assert found and found[0]["href"].startswith("situations/wrong-number.html"), (spelling, found[:3])
    _, british = search("dialled")
    _, american = search("dialed")
    assert british and {r["href"] for r in british} <= {r["href"] for r in american}
    assert any("dialled" in (mark.lower() for mark in r["marks"]) for r in american), american[:3]
    _, calling = search("calling")
    assert calling and not any("calm" in mark.lower() for r in calling for mark in r["marks"]), calling[:3]


def test_two_words_written_as_one_find_them_apart(search):
    page, joined = search("hangup")
    assert joined and all(any(m.lower().startswith("hang") for m in r["marks"]) for r in joined), joined[:3]
    assert "“hang up”" in status(page), status(page)


def test_a_word_the_book_has_rarely_is_also_found_written_apart(search):
    """The book says "callback" once and "call back" often: both are found, the word as typed first. A word it
    has often (without) is not read apart (with out)."""
    page, results = search("callback")
    assert len(results) > 5 and "callback" in [m.lower() for m in results[0]["marks"]], results[:2]
    assert any(re.fullmatch(r"call(ing)?\s+back", m.lower()) for r in results for m in r["marks"]), results[:5]
    assert "“callback”" in status(page) and "部分词" not in status(page), status(page)
    _, without = search("without")
    assert without and all("without" in [m.lower() for m in r["marks"]] for r in without)


def test_a_number_or_a_latin_word_highlights_only_itself(search):
    """In 5-7个工作日内处理… the word after the hyphen runs on into the Chinese: a number marks only its digits, and
    a Latin word written against Korean or Chinese only its letters (ATM이)."""
    for query in ("7", "5-7"):
        _, results = search(query)
        marks = [mark for r in results for mark in r["marks"]]
        assert "7" in marks and all(mark.isdigit() for mark in marks), (query, marks)
    _, atm = search("ATM")
    assert atm and all(r["marks"] and set(r["marks"]) == {"ATM"} for r in atm), atm


def test_a_result_link_reads_its_kind_apart_from_its_words(search):
    page, _ = search("refund")
    name = page.eval("document.querySelector('#search-results a').textContent")
    assert re.match(r"^\S+: \S", name), name


def test_hyphens_split_terms_and_slashes_do_not(search):
    _, hyphen = search("hang-up")
    _, spaced = search("hang up")
    _, dash = search("hang–up")
    assert hyphen and [r["href"] for r in hyphen] == [r["href"] for r in spaced] == [r["href"] for r in dash]
    _, after_sales = search("A/S")
    assert after_sales and all(any("A/S" in mark.upper() for mark in r["marks"]) for r in after_sales[:20])


def test_as_typed_by_korean_staff_is_the_after_sales_service(search):
    """"AS" in capitals, or "as" beside Korean, is A/S (AS 접수, AS센터); "as" alone is the English word."""
    _, slashed = search("A/S")
    _, capitals = search("AS")
    assert capitals and [r["href"] for r in capitals] == [r["href"] for r in slashed]
    for query in ("AS 접수", "as 요청", "AS센터"):
        page, results = search(query)
        # With few entries that have both words, those with one of them follow (“只有 1 条…”).
        every = int(re.search(r"只有 (\d+) 条", status(page)).group(1)) if "只有" in status(page) else len(results)
        assert results and all(any(mark.upper().startswith("A/S") for mark in r["marks"]) for r in results[:every]), (query, results[:3])
    _, english = search("as")
    assert english and any("as" in r["marks"] for r in english)
    assert [r["href"] for r in english] != [r["href"] for r in slashed]


def test_latin_letters_written_against_korean_are_a_word_of_their_own(search):
    """Korean staff write A/S straight against the Korean after it (A/S지연, A/S담당자; the book: A/S 담당자): found
    as if typed with a space; a particle after it is dropped (A/S를 is A/S), and a number stays with its unit
    (5초)."""
    for joined, spaced in (("A/S지연", "A/S 지연"), ("A/S담당자", "A/S 담당자"), ("A/S센터", "A/S 센터"),
                           ("A/S접수", "A/S 접수"), ("ATM기", "ATM 기"), ("고객ID", "고객 ID")):
        _, together = search(joined)
        _, apart = search(spaced)
        assert together and [r["href"] for r in together] == [r["href"] for r in apart], joined
    _, role = search("A/S담당자")
    assert role[0]["href"] == "roles/after-sales.html" and role[0]["marks"][:2] == ["A/S", "담당자"], role[0]
    _, particle = search("A/S를")
    _, word = search("A/S")
    assert particle and [r["href"] for r in particle] == [r["href"] for r in word]
    _, unit = search("5초")
    assert unit and all("5초" in r["marks"] for r in unit), unit[:3]


def test_when_no_entry_has_every_term_those_with_the_rarest_come_first(search):
    """No entry says both "angry" and "caller": the entries with either are listed, those of the rarer word
    first, and the status says that only some of the words matched."""
    page, results = search("angry caller")
    assert results and results[0]["href"] == "situations/angry-customer.html#angry-customer", results[:3]
    assert "部分词" in status(page), status(page)
    said = ["angry" if "angr" in " ".join(r["marks"]).lower() else "caller" for r in results]
    assert all(r["marks"] for r in results) and said.count("angry") < said.count("caller")
    assert said == sorted(said), "every entry with the rarer word comes before those with the commoner one"
    _, three = search("angry customer xyzzy")
    had = [sum(stem in " ".join(r["marks"]).lower() for stem in ("angr", "customer")) for r in three]
    assert had[0] == 2 and had[:had.index(1)] == [2] * had.index(1), "entries with both terms come first"
    page, korean = search("환불 요청")
    assert korean and korean[0]["href"] == "situations/return-refund.html#return-refund"
    _, counter = search("angry caller", role="counter-clerk")
    assert counter and len(counter) < len(results), "the role filter still narrows"
    page, nothing = search("xyzzy qqqq")
    assert nothing == [] and "没有与" in status(page)


def test_a_situation_with_every_word_between_its_entries_comes_first(search):
    """No entry says "calm", "down", "angry" and "caller" together, but the angry customer's page has them all:
    its keywords "angry caller", a note "calmed down". Its entry comes first, before the entries with the rarer
    words (the status still says that no entry has every word); a situation whose words are only the common ones
    every page has is not put first."""
    page, results = search("calm down an angry caller")
    assert "部分词" in status(page), status(page)
    assert results and results[0]["href"].startswith("situations/angry-customer.html"), results[:3]
    _, politely = search("say no politely")
    assert politely and politely[0]["href"].startswith("situations/refuse-politely.html"), politely[:3]
    _, korean = search("AS가 너무 늦어요")
    assert korean and korean[0]["href"].startswith("situations/service-delay.html"), korean[:3]


def test_a_misspelt_word_finds_the_nearest_word_of_the_book(search):
    page, misspelt = search("refnud")
    _, right = search("refund")
    assert misspelt and [r["href"] for r in misspelt] == [r["href"] for r in right]
    assert "“refund”" in status(page) and "“refnud”" in status(page), status(page)
    page, swapped = search("complant")
    assert swapped and "“complaint”" in status(page)
    for unrelated in ("giraffe", "cancel", "zebra", "reset", "fax"):
        _, none = search(unrelated)
        assert none == [], f"{unrelated}: no word of the book starting with its letter is one edit away"
    page, close = search("angyr customer")
    assert close and close[0]["href"] == "situations/angry-customer.html#angry-customer"
    assert "“angry customer”" in status(page), status(page)


def test_a_short_misspelt_word_finds_the_word_it_lacks_a_letter_of_or_has_two_swapped(search):
    """Five letters: a letter left out (acept → accept, refnd → refund) or two swapped is read as the book's word and
    said; four: two swapped (hlep → help); a letter too many or another one is not (reset is not rest, paid is not
    pain), nor one left out of four letters, which is as often another word (bank is not blank, rely not reply)."""
    for typed, meant in (("acept", "accept"), ("refnd", "refund"), ("hlep", "help")):
        page, misspelt = search(typed)
        _, right = search(meant)
        assert misspelt and [r["href"] for r in misspelt] == [r["href"] for r in right], typed
        assert f"“{meant}”" in status(page) and f"“{typed}”" in status(page), status(page)
    for unrelated in ("reset", "paid", "bank", "rely"):
        _, none = search(unrelated)
        assert none == [], f"{unrelated}: a short word one letter too many, off or short is often another word"


def test_a_misspelt_word_is_read_as_corrected_in_the_entries_with_some_of_the_words(search):
    """No entry has both accept and refund: the entries with some of the words are listed with accapt read as
    accept (marked), and the status says what was searched."""
    page, results = search("accapt a refund")
    assert "“accept refund”" in status(page) and "“accapt a refund”" in status(page), status(page)
    marks = {mark for result in results for mark in result["marks"]}
    assert {"accept", "refund"} <= marks, marks
    assert results[0]["href"] == "situations/return-refund.html#return-refund", "the rarer word first"


def assert_read_as(search, typed, meant):
    """`typed` finds what `meant` finds, and the status names both."""
    page, read = search(typed)
    _, right = search(meant)
    assert right and [r["href"] for r in read] == [r["href"] for r in right], typed
    assert f"“{meant}”" in status(page) and f"“{typed}”" in status(page), status(page)


def test_chinese_typed_with_another_character_of_its_syllable_is_read_as_the_books_word(search):
    """A pinyin input method's wrong pick of a syllable (投素 for 投诉, 推款 for 退款, 退宽 for 退款) is read as the
    book's word with the same syllables, and said; a word the book has is never read as another, and a term
    whose syllables the book does not have stays as typed."""
    for typed, meant in (("投素", "投诉"), ("推款", "退款"), ("退宽", "退款"), ("我要推款", "退款")):
        assert_read_as(search, typed, meant)
    page, exact = search("退款")
    assert exact and "“退款”" in status(page) and "退宽" not in status(page)
    for typed in ("素食", "是是"):
        page, _ = search(typed)
        assert "以下是“" not in status(page), f"{typed}: no word of the book to read it as: {status(page)}"


def test_chinese_typed_as_pinyin_in_latin_letters_is_read_as_the_books_word(search):
    """Where no Chinese input method is at hand, a word's pinyin (tuikuan; tone numbers, an apostrophe and capitals
    allowed) finds what the Chinese word finds, and the status says so; an English word the book has is never read
    as pinyin, nor is one whose syllables no Chinese word of the book has; a query answered without it loads neither
    the Chinese texts nor the readings."""
    for typed, meant in (("tuikuan", "退款"), ("tui4kuan3", "退款"), ("tou'su", "投诉"), ("Kefu", "客服")):
        assert_read_as(search, typed, meant)
    page, english = search("hang")
    assert english and "以下是“" not in status(page), status(page)
    assert not [name for name in parts_of(page) if name.startswith("han-") or "readings" in name], parts_of(page)
    for typed in ("tianqi", "banana"):
        page, none = search(typed)
        assert none == [] and "以下是“" not in status(page), f"{typed}: {status(page)}"


def test_a_contraction_typed_without_its_apostrophe_is_also_the_start_of_a_word(search):
    """hes is he's and the start of hesitate: a staff member typing the start of a word still finds it."""
    _, results = search("hes")
    _, started = search("hesitat")
    assert started
    assert {r["href"] for r in started} <= {r["href"] for r in results}, "entries with hesitat… are missing"
    marks = {mark for result in results for mark in result["marks"]}
    assert any(mark.startswith("hesitat") for mark in marks), marks


def test_english_contractions_find_every_form(search):
    """can't, can’t (a phone's apostrophe), cannot, can not and cant are one term; don't and do not too. Each
    finds the texts that write another form, marked."""
    _, typed = search("can't hear")
    assert typed and typed[0]["href"] == "situations/customer-cannot-hear.html#customer-cannot-hear"
    for form in ("can’t hear", "cannot hear", "can not hear", "cant hear", "CAN’T HEAR"):
        _, results = search(form)
        assert [r["href"] for r in results] == [r["href"] for r in typed], form
    _, cannot = search("can't")
    marks = {mark for result in cannot for mark in result["marks"]}
    assert {"can't", "cannot"} <= marks, marks
    _, written_out = search("don't")
    assert any("do not" in result["marks"] for result in written_out), "don't finds do not"
    _, contracted = search("do not")
    assert any("don't" in result["marks"] for result in contracted), "do not finds don't"
    assert not any(mark.startswith("note") for result in contracted for mark in result["marks"]), "not is no prefix"


def test_words_of_asking_are_dropped_and_compounds_cut(search):
    """Staff type what the customer said: 환불해주세요 is read as 환불 (and says so); 我要退款 and 怎么退款 are
    退款 from the start (words of wanting and "how" are dropped as small words are, hanTerms); a Korean compound the book
    writes apart, 환불요청, is cut into its words and the entries with them listed; a Chinese one the book does not
    have, 客户骂人, into the pairs it has and the characters of the rest (骂 of 辱骂)."""
    for query, word in [("我要退款", None), ("怎么退款", None), ("환불해주세요", "환불")]:
        page, results = search(query)
        assert results and results[0]["href"] == "situations/return-refund.html#return-refund", (query, results[:2])
        assert f"“{word or query}”" in status(page), status(page)
    page, compound = search("환불요청")
    assert compound and "환불" in " ".join(compound[0]["marks"]) and "部分词" in status(page)
    page, chinese = search("客户骂人")
    assert chinese and chinese[0]["href"].startswith("situations/abusive-caller.html"), chinese[:2]
    assert "骂" in chinese[0]["marks"] and "部分词" in status(page), (chinese[0], status(page))
    page, two = search("骂人")
    assert two and two[0]["href"].startswith("situations/abusive-caller.html"), two[:2]
    assert "部分词" in status(page), status(page)
    _, money = search("退钱")
    assert "situations/return-refund.html#return-refund" in [r["href"] for r in money[:3]], money[:3]
    _, typo = search("投拆")
    assert any(r["href"].startswith("situations/complaint.html") for r in typo[:5]), "the character typed right finds"
    _, sentence = search("customer wants refund but no receipt")
    assert "situations/return-refund.html" in " ".join(r["href"] for r in sentence[:3]), sentence[:3]


def test_a_forbidden_variant_is_struck_through_in_the_result(search):
    page, results = search("민원")
    assert results[0]["kind"] == "term"
    struck = page.eval("""(() => { const never = document.querySelector('#search-results > li .term-never');
      return [never.textContent, never.querySelector('del mark').textContent, getComputedStyle(never).color]; })()""")
    assert struck == ["✗ 민원", "민원", "rgb(164, 22, 26)"], struck


def test_what_to_say_ranks_above_what_never_to_say(search):
    _, sorry = search("对不起")
    assert sorry[0]["kind"] not in ("taboo", "avoid"), sorry[0]


def test_a_korean_typo_finds_the_word_nearest_in_its_letters(search):
    for typo, word in [("환뷸", "환불"), ("감사함니다", "감사합니다"), ("무응담", "무응답")]:
        page, results = search(typo)
        assert results and f"“{word}”" in status(page), (typo, status(page))
    _, refund = search("환뷸")
    assert refund[0]["href"] == "situations/return-refund.html#return-refund"


def test_a_korean_verb_as_said_finds_the_word_in_other_endings(search):
    """Staff type what the customer says: 화났어요 (past, polite) finds 화난, 화나서, as its own forms (the
    status says the query as typed, nothing was read instead); 잘안들림 (a note's noun form, no spaces) finds 잘 안
    들리지; 신호 약함 finds the title that says 약할; 안들린대요 (what the customer says, relayed) finds 안 들리."""
    page, angry = search("화났어요")
    assert angry and "“화났어요”" in status(page) and "部分词" not in status(page), status(page)
    assert angry[0]["href"] == "situations/angry-customer.html#angry-customer", angry[:2]
    assert any(mark.startswith("화난") for r in angry for mark in r["marks"]), angry[:5]
    page, hear = search("잘안들림")
    assert hear[0]["href"] == "situations/customer-cannot-hear.html#customer-cannot-hear", hear[:2]
    assert "“잘 안 들리”" in status(page), status(page)
    _, weak = search("신호 약함")
    assert weak[0]["href"] == "situations/weak-signal.html#weak-signal", weak[:2]
    # A contracted ending (들리 + 어요 = 들려요), as a caller says it.
    page, said = search("잘안들려요")
    assert said[0]["href"] == "situations/customer-cannot-hear.html#customer-cannot-hear", said[:2]
    assert "“잘 안 들리”" in status(page), status(page)
    # Reported speech (-ㄴ대요, -대요), as staff relay what the customer says: 들린대요 as 들리, 화났대요 as 화나; not
    # a noun that only ends in 대요 (반대요).
    page, relayed = search("안들린대요")
    assert relayed[0]["href"].startswith("situations/customer-cannot-hear.html"), relayed[:2]
    assert "“안 들리”" in status(page), status(page)
    _, told = search("고객이 화났대요")
    assert told[0]["href"] == "situations/angry-customer.html#angry-customer", told[:2]
    _, busy = search("고객이 바쁘대요")
    assert any("바쁘" in mark for r in busy[:3] for mark in r["marks"]), busy[:3]
    page, noun = search("반대요")
    assert not noun, noun[:2]
    # An adjective made of a noun with 스럽다 as that noun: 수다스러운 고객 as 수다 고객.
    page, chatty = search("수다스러운 고객")
    assert "“수다 고객”" in status(page) and chatty[0]["href"].startswith("situations/chatty-caller.html"), chatty[:2]
    # Quoted (-ㄴ다고, -다고) before 해요, the same: 화났다고 해요 as 화나.
    page, quoted = search("화났다고 해요")
    assert "“화나”" in status(page) and any(r["href"].startswith("situations/angry-customer.html") for r in quoted[:5])


def test_a_korean_verb_as_said_finds_its_other_forms_among_other_words(search):
    """A verb or adjective said with a polite ending is found in the book's other forms of it, beside the other
    words of the query: 안 돼요 as 안 됨 (되: a contracted vowel opened), 몰라요 as 모르겠어요 (르 said as ㄹ라),
    끊어요 as 끊는, 기다렸어요 as 기다리신 (the past's ㅆ and the contraction); a stem not inside another word (봐요
    is not the 본 of 기본, 화났어요 not the 화나 of 전화나), and a word that only ends in 요 is no verb (필요)."""
    for query, situation, form in [("전화 연결이 안 돼요", "busy-hotline", "됨"), ("설명해도 몰라요", "did-not-understand", "모르"),
                                   ("전화를 안 끊어요", "chatty-caller", "끊는"), ("오래 기다렸어요", "long-queue", "기다리")]:
        _, results = search(query)
        top = [r for r in results[:3] if r["href"] == f"situations/{situation}.html#{situation}"]
        assert top and form in top[0]["marks"], (query, results[:3])
    _, seen = search("봐요")
    assert seen and not any(mark == "본" for r in seen for mark in r["marks"]), seen[:3]
    # Nor a longer stem inside another word: 화났어요 is not the 화나 of 전화나 (“phone or”).
    _, angry = search("고객이 화났어요")
    assert angry and all(re.search(r"(?<![가-힣])화[나-낳]", text_in(r, "ko")) for r in angry), angry
    page, need = search("필요")
    assert need and all("필요" in r["marks"] for r in need), need[:3]


def terms_of(page, queries):
    """Each query's terms as the page searches them (06-terms.js), by query."""
    return page.eval("(queries => Object.fromEntries(queries.map(q => [q, phrasebookSearch.terms(q)])))(%s)"
                     % json.dumps(list(queries)))


def in_top_three(results, situation):
    """Whether one of the first three results is on the page of `situation`."""
    return any(r["href"].startswith(f"situations/{situation}.html") for r in results[:3])


def test_a_korean_verb_before_ttae_is_read_as_its_stem(search):
    """A verb in the form that runs into 때 or 경우 ("when"): -ㄹ after a vowel, -을 after a consonant or the past,
    a 하 or 되 verb's noun; a verb that says nothing alone left out; a noun, or one syllable whose ㄹ may be its
    stem's own, is no verb."""
    page, _ = search("때")
    cases = {"화낼": ["화내", False], "들릴": ["들리", False], "늦어질": ["늦어지", False], "끊을": ["끊", False],
             "없을": ["없", False], "받았을": ["받", False], "왔을": ["오", False], "화났을": ["화나", False],
             "걸렸을": ["걸리", False], "요청할": ["요청", True], "파손됐을": ["파손", True], "할": ["", True],
             "있을": ["", False], "될": ["되", False], "울": None, "식사": None, "A/S": None,
             # Before 법 or 방법, -는; 받 after a noun is the noun; the honorific 시 left out.
             "끊는": ["끊", False], "달래는": ["달래", False], "거절하는": ["거절", True], "되는": ["되", False],
             "있는": ["", False], "칭찬받을": ["칭찬", True], "받을": ["받", False], "나가실": ["나가", False],
             "오실": ["오시", False]}
    read = page.eval("(words => Object.fromEntries(words.map(w => { const v = phrasebookSearch.adnominalStem(w);"
                     " return [w, v && [v.stem, v.noun]]; })))(%s)" % json.dumps(list(cases)))
    assert read == cases


def test_a_korean_when_clause_finds_the_verb_in_its_other_forms(search):
    """Korean staff name a situation by when it happens (고객이 화났을 때: when the customer got angry). The verb
    and 때 are one term, which finds the verb's other forms at a word's start (화난 고객), and needs no 때 in the
    text; the status says the query as typed, all of it found."""
    page, angry = search("고객이 화났을 때")
    assert angry[0]["href"].startswith("situations/angry-customer.html"), angry[:3]
    assert "部分词" not in status(page) and "“고객이 화났을 때”" in status(page), status(page)
    assert any(mark.startswith("화난") for r in angry for mark in r["marks"]), angry[:5]
    assert any("때" not in text_in(r, "ko") for r in angry[:3]), "때 is not looked for"
    # Not the 화나 of 전화나: the stem starts a word.
    assert all(re.search(r"(?<![가-힣])화[나-낳]", text_in(r, "ko")) for r in angry), angry
    for query, situation in [("고객이 욕할 때", "abusive-caller"), ("신분증이 없을 때", "ask-for-id"),
                             ("전화가 잘못 걸려 왔을 때", "wrong-number"), ("제품에 결함이 있을 때", "product-defect"),
                             ("배송 중 파손됐을 때", "delivery-damage"), ("전화 연결이 안 될 때", "busy-hotline")]:
        _, results = search(query)
        assert in_top_three(results, situation), (query, results[:3])


def test_korean_how_queries_are_read_as_their_verbs(search):
    """Korean staff ask how: 전화 끊는 법 ("the way to hang up"), 칭찬받으면 뭐라고 해요 ("if praised, what do I
    say"). The words of asking are dropped from a query that has others; a verb before 법 or 방법 is read as one
    before 때 is, and so is a verb in -면 ("if") that ends the query, the honorific 시 left out; a word in 면
    before others, or with a final consonant before 면, stays as typed (비대면 상담, 화면, 측면)."""
    page, _ = search("법")
    cases = {"전화 끊는 법": ["전화", "끊는 법"], "거절하는 방법 뭐라고 해요": ["거절하는 방법"],
             "칭찬받으면 뭐라고 해요": ["칭찬받을 때"], "고객이 욕하면 어떻게 해요": ["고객이", "욕할 때"],
             "고객이 화내면": ["고객이", "화낼 때"], "손님 나가시면": ["손님", "나갈 때"], "손님 오시면": ["손님", "오시면"],
             "비대면 상담": ["비대면", "상담"], "컴퓨터 화면": ["컴퓨터", "화면"], "측면": ["측면"],
             # A noun's 방법 ("the way of") is left out; its 법 stays.
             "환불 방법": ["환불"], "불만 처리 방법": ["불만", "처리"], "연결 법": ["연결", "법"], "방법": ["방법"],
             "어떻게 해요": ["어떻게", "해요"],
             # Typed with 때, 법 against the verb, as staff often type them; not a word that ends so.
             "고객이 화났을때": ["고객이", "화났을 때"], "욕할때": ["욕할 때"], "전화 끊는법": ["전화", "끊는 법"],
             "한때": ["한때"], "대화법": ["대화법"]}
    assert terms_of(page, cases) == cases
    for query, situation in [("칭찬받으면 뭐라고 해요", "praise"), ("정중하게 거절하는 법", "refuse-politely"),
                             ("고객이 화내면 어떻게 해요", "angry-customer"), ("손님 나가실 때 뭐라고 해요", "counter-farewell")]:
        _, results = search(query)
        assert in_top_three(results, situation), (query, results[:3])


def test_a_keyword_with_a_verb_is_typed_whole_in_another_form_of_the_verb(search):
    """The keyword 전화 끊을 때 ("when hanging up") is typed whole as 전화 끊는 법 or 전화 끊으면: both have the
    noun and the verb's stem. A chatty caller's 전화 안 끊는 고객, which has them too and outscored it, comes after."""
    for query in ("전화 끊는 법", "전화 끊으면"):
        page, results = search(query)
        assert page.eval("phrasebookSearchMayBeKeyword(%s)" % json.dumps(query))
        assert results[0]["href"] == "situations/closing-call.html#closing-call", (query, results[:3])
        assert results[0]["kind"] == "keywords", results[:3]


def test_a_chinese_term_loses_its_when_and_words_of_wanting(search):
    """Chinese says "when" after the clause (的时候, 时候, 时), "what to do" after it (怎么办), and what is wanted
    after 我要 or 客户要: none is looked for (their characters would match other texts'), but a word that ends in
    时 (小时) and words of asking (是不是) stay; alone, they are the term."""
    page, _ = search("的时候")
    cases = {"客户骂人的时候": ["客户骂人"], "接电话时": ["接电话"], "客户要退款的时候": ["退款"], "我想退款": ["退款"],
             "一个小时": ["一个小时"], "及时": ["及时"], "是不是的问题": ["是不是的问题"], "的时候": ["的时候"],
             "退款 的时候": ["退款"], "时候": ["时候"], "客户骂人怎么办": ["客户骂人"], "怎么办": ["怎么办"],
             "客户骂人的时候怎么办": ["客户骂人"],
             # How staff ask for the words: "how" cut out, "what to say", "the script" and a passive's 被 dropped.
             "客户请吃饭怎么拒绝": ["客户请吃饭", "拒绝"], "如何拒绝客户": ["拒绝客户"], "客户进门说什么": ["客户进门"],
             "无声电话话术": ["无声电话"], "结束通话的话术": ["结束通话"], "被表扬了怎么说": ["表扬了"], "话术": ["话术"],
             "如何": ["如何"], "被子": ["被子"], "讨说法": ["讨说法"],
             # A verb of handling after "how", and "the way to handle it" after the clause, ask what to do.
             "客户投诉怎么处理": ["客户投诉"], "如何应对客户投诉": ["客户投诉"], "怎么处理": ["怎么处理"],
             "投诉处理流程": ["投诉"], "退货处理方法": ["退货"], "通话流程": ["通话流程"], "处理": ["处理"]}
    assert terms_of(page, cases) == cases
    for query, situation in [("客户骂人的时候", "abusive-caller"), ("客户要退款的时候", "return-refund"),
                             ("客户走的时候", "counter-farewell"), ("接电话时", "answer-call")]:
        page, results = search(query)
        assert in_top_three(results, situation), (query, results[:3])
        assert "时候" not in status(page).replace(f"“{query}”", ""), (query, status(page))


def test_a_keyword_is_typed_whole_when_the_query_is_it_with_small_words(search):
    """A query whose terms, small words and "when" aside, are a keyword whole lists its keywords first: when
    hanging up is ending a call's `hanging up`, which a chatty caller's phrases that say "hang up" outscored."""
    _, results = search("when hanging up")
    assert results[0]["href"] == "situations/closing-call.html#closing-call" and results[0]["kind"] == "keywords", \
        results[:3]


def test_english_words_of_asking_for_the_words_are_dropped(search):
    """"Script" and "wording", and the say of "what to say", ask for the words and are in no text: dropped from a
    query that has others. "How to say no" keeps its say: it is what is looked for."""
    page, _ = search("script")
    cases = {"complaint script": ["complaint"], "what to say at the end of a call": ["end", "call"],
             "how to say no politely": ["say", "no", "politely"], "script": ["script"],
             "closing script": ["closing"]}
    assert terms_of(page, cases) == cases
    _, closing = search("closing script")
    assert closing[0]["href"] == "situations/closing-call.html#closing-call", "still the keyword, typed whole"


def test_few_with_every_word_are_followed_by_those_with_some(search):
    """Two entries say both "customer" and "silent", neither of them the situation (titled "Silent call"): they
    come first, then the entries with some of the words, and the status says so."""
    page, results = search("customer silent")
    assert "只有 2 条" in status(page), status(page)
    both = [all(any(word in mark.lower() for mark in r["marks"]) for word in ("customer", "silent")) for r in results]
    assert both[:2] == [True, True] and not any(both[2:]), both[:5]
    assert "situations/silent-call.html#silent-call" in [r["href"] for r in results[:3]], results[:3]
    _, many = search("angry customer")
    assert many and all("customer" in " ".join(r["marks"]).lower() for r in many), "enough have both: no others"


def test_a_chinese_phrase_few_entries_have_is_followed_by_those_with_its_words(search):
    """验证客户 and 电话有噪音 are in no text; few entries have each by half of its bigrams (保证客户, and identifying
    the customer's keywords 验证信息 and 核对客户信息; 噪音 and 电话 apart): they come first, then, as for words typed
    apart of which few entries have all, the entries with some of its pieces (验证, 客户; 电话, 噪音, 有), where the
    situation is (identifying the customer; a noisy line), and the status says how few have it all."""
    for query, situation, few in (("验证客户", "identify-customer", 2), ("电话有噪音", "noisy-line", 1)):
        page, results = search(query)
        assert f"只有 {few} 条" in status(page) and f"“{query}”" in status(page), status(page)
        assert in_top_three(results, situation), (query, results[:3])
        assert all(r["marks"] for r in results[:10]), "each shows the words it has"


def test_a_term_cut_into_words_says_how_many_have_them_all(search):
    """통화연결 matches nothing as one word, nor as 통화 연결 written apart, and is cut into 통화, 연결: the entries
    with both come first and the status says how many, of the words searched, as for 통화 연결 typed apart (it said
    that none had every word). (화난고객 was the example until 화난 고객 became a search keyword.)"""
    for joined, words in (("통화연결", ("통화", "연결")), ("반품환불", ("반품", "환불"))):
        page, results = search(joined)
        said = status(page)
        every = int(re.search(r"只有 (\d+) 条", said).group(1)) if "只有" in said else 0
        both = [all(word in r["marks"] for word in words) for r in results]
        assert every and both[:every] == [True] * every and not any(both[every:]), (joined, said, results[:3])
        assert f"“{' '.join(words)}”" in said, said
    page, apart = search("통화 연결")
    assert "3 条" in status(page) and len(apart) == 3, status(page)
    page, none = search("환불요청")
    assert none and "也没有同时包含“환불 요청”中所有词" in status(page), status(page)


def test_korean_typed_without_spaces_finds_the_spaced_words(search):
    page, results = search("잠시만기다려")
    assert results and all("잠시만 기다려" in r["marks"] for r in results), results[:3]
    assert "“잠시만 기다려”" in status(page), status(page)


def test_initial_consonant_and_half_typed_hangul(search):
    _, initial = search("ㅎㅍㅋ")
    assert initial and all("해피콜" in r["marks"] for r in initial)
    _, typing = search("햎")  # 해 + ㅍ, on the way to 해피콜
    assert any("해피" in mark for r in typing for mark in r["marks"])
    _, single = search("ㅎ")
    assert len(single) == 50, "the first fifty of many"
    for result in single[:20]:
        assert all(0xD558 <= ord(mark[0]) <= 0xD7A3 for mark in result["marks"] if mark), result["marks"]


def test_initial_consonants_typed_without_spaces_find_the_spaced_words(search):
    """ㅁㅇㅈㅎ (무음 전화) and ㅎㅂㅅㅊ (환불 신청) typed without their space find the words as the book writes them,
    and so does 환불ㅅ, on the way to 환불신청; the status gives the query as typed (nothing was read instead)."""
    for typed, words, href in (("ㅁㅇㅈㅎ", "무음 전화", "situations/silent-call.html#silent-call"),
                               ("ㅎㅂㅅㅊ", "환불 신청", "situations/return-refund.html#return-refund"),
                               ("환불ㅅ", "환불 신", "situations/return-refund.html#return-refund")):
        page, results = search(typed)
        assert results and results[0]["href"] == href and words in results[0]["marks"], (typed, results[:2])
        assert f"“{typed}”" in status(page) and "以下是" not in status(page) and "部分词" not in status(page), status(page)
    _, together = search("ㅎㅍㅋ")
    assert together and all("해피콜" in r["marks"] for r in together), "written together, only together"


def test_a_decomposed_query_is_searched_and_shown_composed(search):
    """Korean pasted from a macOS file name is decomposed (NFD: 환불 as six jamo): it finds what the composed query
    finds, and the status, the box and the address show it composed; so does one pasted into the box."""
    decomposed = unicodedata.normalize("NFD", "환불")
    assert decomposed != "환불"
    page, results = search(decomposed)
    _, composed = search("환불")
    assert results and [r["href"] for r in results] == [r["href"] for r in composed]
    assert "“환불”" in status(page), status(page)
    assert page.eval("document.getElementById('search-query').value") == "환불"
    page.wait_until("new URLSearchParams(location.search).get('q') === '환불'")
    page.eval("(b => { b.value = ''; b.focus(); })(document.getElementById('search-query'))")
    page.send("Input.insertText", text=unicodedata.normalize("NFD", "고객님"))
    page.wait_until("document.getElementById('search-status').textContent.includes('“고객님”')")
    assert page.eval("document.getElementById('search-query').value") == "고객님"
    assert page.eval("document.querySelectorAll('#search-results > li').length") > 0


def test_results_link_to_the_block_with_a_fragment(search, site, browser):
    _, results = search("情绪")
    for result in results:
        path, _, fragment = result["href"].partition("#")
        assert fragment, result["href"]
    page = browser.page(site(results[0]["href"].split("#")[0]))
    try:
        assert page.eval(f"!!document.getElementById({results[0]['href'].split('#')[1]!r})")
    finally:
        page.close()
    # A guideline found is linked itself, not the section of the situation's guidelines: the words are in it.
    _, guidelines = search("先安抚情绪")
    guideline = next(r for r in guidelines if r["kind"] == "guideline")
    path, _, fragment = guideline["href"].partition("#")
    assert re.fullmatch(r"[a-z0-9-]+-guideline-\d+", fragment), guideline["href"]
    page = browser.page(site(path))
    try:
        said = page.eval(f"document.getElementById({fragment!r}).textContent")
        assert "先安抚情绪" in said, said
    finally:
        page.close()


def test_fifty_at_a_time_with_a_count(search):
    page, results = search("ㅎ")
    assert len(results) == 50
    count = int("".join(ch for ch in status(page) if ch.isdigit()))
    assert count > 50
    page.eval("document.getElementById('search-more').click()")  # loads the next results' texts, then shows them
    page.wait_until(f"document.querySelectorAll('#search-results > li').length === {min(100, count)}")


def test_the_count_and_first_ten_come_before_the_rest_of_the_page(browser, site):
    """The first ten results are shown with the count as soon as their files are in; the other forty of the page
    follow below them (the list aria-busy meanwhile), in the order a full sort gives."""
    page = browser.page("about:blank")
    try:
        # Watches the status from the page's first script on: how many results the list held, and whether it was
        # busy, when the count first came out.
        page.send("Page.addScriptToEvaluateOnNewDocument", source="""
          document.addEventListener('DOMContentLoaded', () => {
            const status = document.getElementById('search-status');
            new MutationObserver((_, observer) => {
              if (!status.textContent) return;
              const list = document.getElementById('search-results');
              window.firstAnswer = {items: list.children.length, busy: list.getAttribute('aria-busy')};
              observer.disconnect();
            }).observe(status, {childList: true, characterData: true, subtree: true});
          });""")
        page.goto(site("search.html") + "?q=" + urllib.parse.quote("ㅎ"))
        page.wait_until(SETTLED)
        assert page.eval("window.firstAnswer") == {"items": 10, "busy": "true"}
        assert page.eval("document.querySelectorAll('#search-results > li').length") == 50
        timings = page.eval("""[...['data-shown-ms', 'data-page-shown-ms']].map(
            name => +document.getElementById('search-status').getAttribute(name))""")
        assert 0 < timings[0] <= timings[1], timings
        ranking = page.eval("phrasebookSearchRanking('ㅎ', '')")
        assert ranking["page"] == ranking["all"][:50], "the ten and the forty after them are in the full order"
        assert not page.eval("document.getElementById('search-more').hidden"), "more, once the page is whole"
    finally:
        page.close()


@pytest.mark.parametrize("query, role", [("ㅎ", None), ("하", None), ("a", None), ("的", None),
                                         ("投诉 complaint", None), ("ㅎ", "after-sales")])
def test_the_first_fifty_are_those_of_a_full_sort(search, query, role):
    """search.js puts only the fifty shown in order (a bounded selection, entries that cannot reach them only
    counted); they, the count and the next fifty must be those of scoring and sorting every match."""
    page, results = search(query, role)
    rank = f"phrasebookSearchRanking({json.dumps(query)}, {json.dumps(role or '')})"
    ranking = page.eval(rank)
    count = int("".join(ch for ch in status(page) if ch.isdigit()))
    assert count == ranking["count"] == len(ranking["all"])
    assert len(results) == min(50, count) == len(ranking["top"])
    assert ranking["top"] == ranking["page"] == ranking["all"][:50]
    if count > 50:
        page.eval("document.getElementById('search-more').click()")
        page.wait_until(f"document.querySelectorAll('#search-results > li').length === {min(100, count)}")
        ranking = page.eval(rank)
        assert ranking["page"] == ranking["all"], "asking for more puts every match in the full order"


def test_role_filter_narrows_and_is_remembered(search):
    # 客户专员 and 工号 together are in the after-sales greeting of answer-call only (客户专员 alone also finds the
    # glossary's 客服专员, which the search takes for it, in a hotline situation).
    _, everyone = search("客户专员 工号")
    _, after_sales = search("客户专员 工号", role="after-sales")
    target = "situations/answer-call.html#answer-call-service-centre"
    assert target in [r["href"] for r in everyone]
    assert target in [r["href"] for r in after_sales]
    page, hotline = search("客户专员 工号", role="hotline-agent")
    assert target in [r["href"] for r in hotline] and "所有岗位" in status(page), "the hotline has only the glossary's"
    _, hello = search("您好")
    _, clerk = search("您好", role="counter-clerk")
    assert 0 < len(clerk) < len(hello)
    page, _ = search("您好")
    page.eval("""(() => { const s = document.getElementById('search-role'); s.value = 'counter-clerk';
                 s.dispatchEvent(new Event('change')); })()""")
    assert page.eval("localStorage.getItem('phrasebook.role')") == "counter-clerk"
    assert "role=counter-clerk" in page.eval("location.search")
    remembered, _ = search("您好")
    assert remembered.eval("document.getElementById('search-role').value") == "counter-clerk"
    remembered.eval("localStorage.removeItem('phrasebook.role')")


def test_status_and_kinds_follow_the_first_language_shown(browser, site):
    """With Chinese switched off, what the script writes (the count, each result's kind) is in Korean, as the
    page's own words are; with every language on, in the interface language."""
    url = site("search.html") + "?q=" + urllib.parse.quote("환불")
    page = browser.page(url)
    try:
        page.wait_until(SETTLED)
        assert "条结果" in status(page)
        page.eval("localStorage.setItem('phrasebook.hiddenLanguages', JSON.stringify(['zh']))")
        page.goto(url)
        page.wait_until(SETTLED)
        assert "검색 결과" in status(page), status(page)
        kinds = page.eval("[...document.querySelectorAll('#search-results .result-kind')].map(e => e.textContent)")
        assert kinds and "상황" in kinds and not any("场景" in kind for kind in kinds), kinds
        page.eval("document.querySelector('input[data-toggle-lang=zh]').click()")
        page.wait_until("document.getElementById('search-status').textContent.includes('条结果')")
        first_kind = page.eval("document.querySelector('#search-results .result-kind').textContent")
        assert first_kind == "场景", "switched on again: the words follow at once, without a new search"
    finally:
        page.eval("localStorage.removeItem('phrasebook.hiddenLanguages')")
        page.close()


# The status's own language, and each span of another inside it: [lang of the status, [[lang, text], …]].
STATUS_LANGUAGES = """(() => { const s = document.getElementById('search-status');
    return [s.lang, [...s.querySelectorAll('[lang]')].map(e => [e.lang, e.textContent])]; })()"""


@pytest.mark.parametrize("query,lang", [("환불", "ko"), ("refund", "en"), ("退款", "zh-Hans"), ("A/S 접수", "ko")])
def test_the_status_says_each_part_in_its_language(search, query, lang):
    """A screen reader reads the status in its words' language and the query in the language it is typed in
    (WCAG 3.1.2), not Korean in a Chinese voice."""
    page, _ = search(query)
    status_lang, parts = page.eval(STATUS_LANGUAGES)
    assert status_lang == "zh-Hans"
    assert parts == [[lang, query]], parts


def test_the_status_marks_the_word_read_instead_and_follows_the_language_shown(browser, site):
    url = site("search.html") + "?q=refnud"
    page = browser.page(url)
    try:
        page.wait_until(SETTLED)
        status_lang, parts = page.eval(STATUS_LANGUAGES)
        assert status_lang == "zh-Hans" and ["en", "refund"] in parts, parts
        page.eval("localStorage.setItem('phrasebook.hiddenLanguages', JSON.stringify(['zh']))")
        page.goto(site("search.html") + "?q=" + urllib.parse.quote("退款"))
        page.wait_until(SETTLED)
        status_lang, parts = page.eval(STATUS_LANGUAGES)
        assert status_lang == "ko" and parts == [["zh-Hans", "退款"]], (status_lang, parts)
        assert page.eval("[...document.querySelectorAll('#search-results .result-kind')].every(e => e.lang === 'ko')")
    finally:
        page.eval("localStorage.removeItem('phrasebook.hiddenLanguages')")
        page.close()


def test_header_my_role_and_the_filter_are_one_choice(search):
    page, _ = search("您好", role="counter-clerk")
    try:
        assert page.eval("document.getElementById('my-role').value") == "counter-clerk"
        page.eval("""(() => { const s = document.getElementById('my-role'); s.value = 'hotline-agent';
                     s.dispatchEvent(new Event('change')); })()""")
        page.wait_until("location.search.includes('role=hotline-agent')")
        assert page.eval("document.getElementById('search-role').value") == "hotline-agent"
        page.eval("""(() => { const s = document.getElementById('search-role'); s.value = 'after-sales';
                     s.dispatchEvent(new Event('change')); })()""")
        assert page.eval("document.getElementById('my-role').value") == "after-sales"
    finally:
        page.eval("localStorage.removeItem('phrasebook.role')")


def test_header_search_box_leads_to_the_shareable_search_page(browser, site):
    page = browser.page(site("situations/silent-call.html"))
    try:
        page.eval("document.getElementById('search-input').value = 'refund'")
        page.events.clear()
        page.eval("document.querySelector('form.search').submit()")
        page.wait_for_event("Page.loadEventFired")
        page.wait_until("document.querySelectorAll('#search-results a').length > 0")
        assert page.eval("location.pathname").endswith("/search.html")
        assert page.eval("new URLSearchParams(location.search).get('q')") == "refund"
    finally:
        page.close()


def test_keyboard_moves_from_the_box_through_the_results(search):
    page, _ = search("refund")
    page.eval("document.getElementById('search-query').focus()")
    key = "(k => document.activeElement.dispatchEvent(new KeyboardEvent('keydown', {key: k, bubbles: true})))"
    page.eval(f"{key}('ArrowDown')")
    assert page.eval("document.activeElement === document.querySelector('#search-results a')")
    page.eval(f"{key}('ArrowDown')")
    assert page.eval("document.activeElement === document.querySelectorAll('#search-results a')[1]")
    page.eval(f"{key}('ArrowUp')")
    page.eval(f"{key}('ArrowUp')")
    assert page.eval("document.activeElement.id") == "search-query"


def test_typing_updates_results_and_the_address(search):
    page, _ = search("refund")
    page.eval("""(() => { const i = document.getElementById('search-query'); i.value = '환불';
                 i.dispatchEvent(new Event('input')); })()""")
    page.wait_until("new URLSearchParams(location.search).get('q') === '환불'")
    page.wait_until("document.getElementById('search-status').textContent.includes('환불')")
    assert page.eval("document.querySelector('#search-results a').getAttribute('href')") == \
        "situations/return-refund.html#return-refund"


def test_the_address_keeps_its_other_parameters(browser, site):
    """`?languages=ko,en` (the languages shown, to share or print) stays in the address as the search keeps the
    query in it: reloaded, the page still shows only those languages."""
    page = browser.page(site("search.html") + "?q=%ED%99%98%EB%B6%88&languages=ko,en")
    try:
        page.wait_until(SETTLED)
        box = "document.getElementById('search-query')"
        page.eval(f"{box}.value = '고객'; {box}.dispatchEvent(new Event('input'))")
        page.wait_until("new URLSearchParams(location.search).get('q') === '고객'")
        assert page.eval("new URLSearchParams(location.search).get('languages')") == "ko,en", page.eval("location.search")
        page.goto(page.eval("location.href"))
        page.wait_until(SETTLED)
        assert "검색 결과" in status(page), status(page)
        assert page.eval("[...document.querySelectorAll('#search-results .result-text[lang^=zh]')]"
                         ".every(e => e.hidden || !e.offsetParent)")
    finally:
        page.close()


def test_works_from_a_web_server_under_any_path(browser, output):
    served = pathlib.Path(tempfile.mkdtemp(prefix="phrasebook-served-"))
    shutil.copytree(output / "html", served / "intranet" / "service" / "phrasebook")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(served))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}/intranet/service/phrasebook/"
        page = browser.page(base + "search.html?q=%ED%99%98%EB%B6%88")
        try:
            page.wait_until("document.querySelectorAll('#search-results a').length > 0")
            first = page.eval("document.querySelector('#search-results a').href")
            assert first == base + "situations/return-refund.html#return-refund"
        finally:
            page.close()
    finally:
        server.shutdown()
        shutil.rmtree(served, ignore_errors=True)


def test_a_query_loads_only_the_data_of_its_scripts(search):
    page, results = search("refund")
    parts = parts_of(page)
    assert "core" in parts and [p for p in parts if p.startswith("other-keys-")], parts
    assert not [p for p in parts if p.startswith(("hangul-", "han-"))], f"a Latin query loads no CJK data: {parts}"
    assert not [p for p in parts if p in {f"other-{n}" for n in range(4)}], f"the keys answer it, no texts: {parts}"
    shown = [p for p in parts if p.startswith("entries-")]
    assert len(shown) <= 8, f"the first results' texts come from the core and a few files: {shown}"
    page.eval("""(() => { const i = document.getElementById('search-query'); i.value = '환불';
                 i.dispatchEvent(new Event('input')); })()""")
    page.wait_until("document.getElementById('search-status').textContent.includes('환불')")
    parts = parts_of(page)
    assert any(p.startswith("hangul-keys-") for p in parts), "a Korean term loads the Hangul keys when typed"
    assert not any(p.startswith("han-") for p in parts), parts
    page, results = search("감사합니다")  # five syllables: the keys cannot tell, the texts do
    assert {f"hangul-{n}" for n in range(4)} <= set(parts_of(page)) and results


def generated_terms(output):
    """Terms made from the shipped book's own texts, of every kind the matchers know: Chinese characters and pairs,
    Korean syllables, pairs, initials, a syllable being typed (its open syllable, its initial after another), three
    syllables (with a particle, the last opened, the last's initial), runs of two and three initials, English words
    with endings added and taken off, and a few across scripts."""
    core = search_file(output, "core")
    texts = {"han": [], "hangul": [], "other": []}
    for script in texts:
        for piece in range(core["pieces"]):
            texts[script] += search_file(output, f"{script}-{piece}")["texts"].split("\uffff")[:-1]
    terms = set()
    for text in texts["han"][::7]:
        han = [c for c in text if "\u3400" <= c <= "\u9fff" or "\u3040" <= c <= "\u30ff"]
        terms.update(han[:2])
        terms.update(a + b for a, b in zip(text, text[1:]) if a in han and b in han)
    initials = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
    for text in texts["hangul"][::5]:
        syllables = [c for c in text if "\uac00" <= c <= "\ud7a3"]
        for c in syllables[:3]:
            offset = ord(c) - 0xAC00
            terms.update([c, initials[offset // 588], chr(ord(c) - offset % 28)])
        for a, b in list(zip(text, text[1:]))[:4]:
            if "\uac00" <= a <= "\ud7a3" and "\uac00" <= b <= "\ud7a3":
                terms.update([a + b, a + initials[(ord(b) - 0xAC00) // 588], a + chr(ord(b) - (ord(b) - 0xAC00) % 28)])
        word = "".join(syllables[:3])
        if len(word) == 3:
            terms.update([word, word + "을", word[:2] + "을", word[:2] + chr(ord(word[2]) - (ord(word[2]) - 0xAC00) % 28)])
        for a, b, c in list(zip(text, text[1:], text[2:]))[:6]:
            run = [x for x in (a, b, c) if "\uac00" <= x <= "\ud7a3" or x in initials]
            if len(run) == 3:  # three in a row: as written (the last's final may begin the next), by initials
                jamo = "".join(x if x in initials else initials[(ord(x) - 0xAC00) // 588] for x in run)
                terms.update([a + b + c, jamo, jamo[:2], a + b + jamo[2]])
    for text in texts["other"][::9]:
        for word in text.split()[:3]:
            word = word.strip(".,?!:;\"'()")
            if word.isalpha():
                terms.update([word, word + "s", word + "ing", word[:-1], word.upper()[:4]])
    terms = sorted(terms)
    return terms + [a + " " + b for a, b in zip(terms[::11], terms[5::13])]


def test_the_keys_give_the_same_results_as_the_texts(search, output):
    """The keys (SearchKeys.swift) answer the terms they can without any text; for every query they answer, the
    results, their order and count must be those of matching the texts, for everyone and for each role; the
    queries they cannot answer go to the texts. The benchmark's queries, those of the tests above and some
    hundreds of terms made from the book's texts."""
    page, _ = search("ㅎ")
    roles = [role["id"] for role in search_file(output, "core")["roles"]]
    named = ["refund", "환불", "情绪", "投诉 处理", "불만을", "ㅎㅍㅋ", "ㅎ", "complaints", "하", "한", "해", "ㄱ", "a", "s",
             "的", "ㅎ ㅎ", "해 refund", "投诉 complaint", "客户专员", "客户", "불만", "감사합니다", "ＲＥＦＵＮＤＳ", "refunded",
             "calls", "misdialled", "dialled", "dialed", "re", "핵", "닭", "값", "앉", "ㅏ", "하ㅎ", "고객", "客户 ㅎ", "ㅎ a", "e-mail", "投诉处理", "ㅎㅍ",
             "ㄱㄱ", "ㄱㄱㄱ", "ㅎ피ㅋ", "고객님", "고객이", "불만 ㅎㅍㅋ", "ㅎㅎ 불만을", "환불 요청할 때", "요청할 경우",
             "고객이 화낼 때", "정전이 됐을 때", "client", "clients", "顾客", "손님이", "민원", "客户 顾客", "엔지니어",
             "서비스기사", "client silent"]
    queries = [[query, ""] for query in named + generated_terms(output)]
    queries += [[query, role] for query in ["ㅎ", "refund", "환불", "的", "해 refund", "ㄱ", "불만을", "ㅎㅍ"] for role in roles]
    report = page.eval("""(async queries => {
      const out = [];
      for (const [query, role] of queries) {
        const r = await phrasebookSearchRanking(query, role);
        out.push([query, role, r.keys === null ? null :
          JSON.stringify(r.keys.all) === JSON.stringify(r.all) && JSON.stringify(r.keys.top) === JSON.stringify(r.top)
            && r.keys.count === r.count && r.count === r.all.length, r.count]);
      }
      return out; })(%s)""" % json.dumps(queries))
    differ = [(query, role) for query, role, same, _ in report if same is False]
    assert not differ, f"the keys and the texts disagree on {differ}"
    answered = {(query, role) for query, role, same, _ in report if same}
    for query in ["refund", "환불", "情绪", "投诉 处理", "ㅎ", "complaints", "해", "한", "ㄱ", "的", "불만을",
                  "ㅎㅍㅋ", "ㅎㅍ", "ㄱㄱㄱ", "고객이", "요청할 경우", "client", "顾客", "손님이", "민원"]:
        assert (query, "") in answered, f"the keys answer {query}"
    assert ("ㅎ", roles[0]) in answered
    # 해 refund: two entries have both, and those with one of them follow (fewHaveAll), from the texts.
    # 화낼 때: a verb's other forms (화내는, 화냈다) only the texts tell. 엔지니어: a word taken for it is of
    # several (수리 기사), in a row only in a text.
    for query in ["a", "e.mail", "投诉处理", "ㅎ피ㅋ", "감사합니다", "해 refund", "고객이 화낼 때", "엔지니어",
                  "서비스기사"]:
        assert (query, "") not in answered, f"{query} goes to the texts"
    assert len(answered) > len(report) / 2, f"{len(answered)} of {len(report)} answered by the keys"
    assert sum(1 for *_, count in report if count > 0) > len(report) / 2, "most queries find something"


def simplified_variants():
    """Unihan's kSimplifiedVariant (Debian's unicode-data), as the search folds by it: code unit → code unit within
    the BMP, a character that is also its own variant kept, the first of several taken, a variant's variant
    followed."""
    variants = {}
    with bz2.open("/usr/share/unicode/Unihan_Variants.txt.bz2", "rt", encoding="utf-8") as lines:
        for line in lines:
            fields = line.rstrip("\n").split("\t")
            if len(fields) == 3 and fields[1] == "kSimplifiedVariant":
                source = int(fields[0][2:], 16)
                targets = [int(value[2:].split("<")[0], 16) for value in fields[2].split()]
                if source not in targets:
                    variants[source] = targets[0]
    folded = {}
    for source, target in variants.items():
        while target in variants:
            target = variants[target]
        if source < 0x10000 and target < 0x10000:
            folded[source] = target
    return folded


def test_a_role_with_nothing_shows_every_role_and_a_role_with_less_offers_the_rest(search):
    """An engineer looking for 退款 (no refund phrase is theirs) sees every role's results, and the status says so;
    with some results of their own, a button offers the other roles' for this search, without changing the
    remembered role."""
    page, every = search("退款", role="onsite-engineer")
    _, unfiltered = search("退款")
    assert every and [r["href"] for r in every] == [r["href"] for r in unfiltered]
    assert "所有岗位" in status(page), status(page)
    assert page.eval("document.getElementById('search-other-roles').hidden")

    page, terms_only = search("refund", role="onsite-engineer")
    _, all_roles = search("refund")
    assert "所有岗位" in status(page) and len(terms_only) == len(all_roles), "the glossary's term alone is no answer"

    page, own = search("您好", role="counter-clerk")
    every, _ = search("您好")
    total = int(re.search(r"(\d+) 条结果", status(every)).group(1))
    page.wait_until("!document.getElementById('search-other-roles').hidden")
    offer = page.eval("document.getElementById('search-other-roles').textContent")
    assert str(total - len(own)) in offer and "其他岗位" in offer, offer
    page.eval("localStorage.setItem('phrasebook.role', 'counter-clerk')")
    page.eval("document.getElementById('search-other-roles').click()")
    page.wait_until(f"document.querySelectorAll('#search-results > li').length === {min(total, 50)}")
    assert page.eval("document.getElementById('search-role').value") == ""
    assert page.eval("localStorage.getItem('phrasebook.role')") == "counter-clerk"
    assert page.eval("document.getElementById('search-other-roles').hidden")
    page.eval("localStorage.removeItem('phrasebook.role')")


def test_a_role_whose_results_have_only_some_words_is_offered_the_others_with_every_word(search):
    """An engineer's 客户骂人 (an abusive caller is no engineer's situation) finds only entries with some of its
    words; a counter clerk's 无声电话 finds two with every word, then some: the button offers the other roles'
    entries with every word, as many as they add, and shows them."""
    page, own = search("客户骂人", role="onsite-engineer")
    assert "部分词" in status(page) and not in_top_three(own, "abusive-caller"), status(page)
    page.wait_until("!document.getElementById('search-other-roles').hidden")
    page.eval("document.getElementById('search-other-roles').click()")
    page.wait_until(SETTLED + " && [...document.querySelectorAll('#search-results > li a')].slice(0, 3)"
                    ".some(a => a.getAttribute('href').startsWith('situations/abusive-caller.html'))")
    assert page.eval("document.getElementById('search-role').value") == ""
    page, own = search("无声电话", role="counter-clerk")
    every, unfiltered = search("无声电话")
    assert "部分词" in status(page) and "部分词" not in status(every), (status(page), status(every))
    page.wait_until("!document.getElementById('search-other-roles').hidden")
    offer = page.eval("document.getElementById('search-other-roles').textContent")
    with_all = int(re.search(r"只有 (\d+) 条", status(page)).group(1))
    assert f"{len(unfiltered) - with_all} 条" in offer, (offer, len(unfiltered), with_all)


def test_other_roles_from_the_keyboard_go_on_at_the_first_result_they_add(search):
    """The "other roles" button hides once pressed: a reader who pressed it with Enter is taken to the first result
    of another role, not left on the page's body."""
    page, own = search("投诉", role="counter-clerk")
    page.wait_until("!document.getElementById('search-other-roles').hidden")
    page.eval("document.getElementById('search-other-roles').focus()")
    page.send("Input.dispatchKeyEvent", type="keyDown", key="Enter", code="Enter", text="\r", windowsVirtualKeyCode=13)
    page.send("Input.dispatchKeyEvent", type="keyUp", key="Enter", code="Enter", windowsVirtualKeyCode=13)
    page.wait_until(f"document.querySelectorAll('#search-results > li').length > {len(own)}")
    page.wait_until(SETTLED + " && document.activeElement.closest('#search-results') !== null")
    focused = page.eval("document.activeElement.getAttribute('href')")
    every = page.eval(RESULTS)
    first_new = next(r["href"] for r in every if r["href"] not in {o["href"] for o in own})
    assert focused == first_new, (focused, first_new)


@contextlib.contextmanager
def with_remembered_role(browser, url, role):
    """The search page at `url`, opened (and searched) by a reader who remembers `role`; forgotten and closed
    after."""
    page = browser.page(url)
    try:
        page.eval(f"localStorage.setItem('phrasebook.role', {json.dumps(role)})")
        page.goto(url)
        page.wait_until(SETTLED)
        yield page
    finally:
        page.eval("localStorage.removeItem('phrasebook.role')")
        page.close()


def test_the_header_search_keeps_the_remembered_role(browser, site):
    """The header's form on a page that is not a role's handbook sends an empty role: the search page filters by
    the reader's remembered role, as when the address names none."""
    with with_remembered_role(browser, site("search.html") + "?q=manager&role=", "counter-clerk") as page:
        assert page.eval("document.getElementById('search-role').value") == "counter-clerk"


def test_small_english_words_neither_narrow_nor_rank(search):
    _, question = search("can I speak to your manager")
    assert question and question[0]["href"] == "situations/ask-for-manager.html#ask-for-manager", question[:3]
    _, plain = search("speak manager")
    assert [r["href"] for r in question] == [r["href"] for r in plain]
    _, alone = search("to")
    assert alone, "a query of small words alone is searched as it is"


def test_what_never_to_say_looks_it_in_the_results(search):
    page, results = search("calm down")
    assert results[0]["kind"] == "taboo"
    looks = page.eval("""(() => { const li = document.querySelector('#search-results > li.kind-taboo');
      const kind = getComputedStyle(li.querySelector('.result-kind'));
      return [kind.color, getComputedStyle(li.querySelector('.result-kind'), '::before').content,
              getComputedStyle(li.querySelector('.result-text')).textDecorationLine]; })()""")
    assert looks == ["rgb(164, 22, 26)", '"✗ "', "line-through"], looks


def test_a_forbidden_word_finds_the_glossary_term_to_say_instead(search):
    """A reader types the word they would say (민원, 수리 기사: forbidden in the glossary) and finds the term with
    the approved wording, linked to its place on the glossary page."""
    _, complaint = search("민원")
    first = complaint[0]
    assert first["href"] == "glossary.html#term-complaint" and first["kind"] == "term", first
    assert "불만 ✗ 민원" in text_in(first, "ko") and "投诉" in text_in(first, "zh")
    page, engineer = search("수리 기사")
    assert engineer[0]["href"] == "glossary.html#term-engineer", engineer[:2]
    assert "“수리 기사”" in status(page), status(page)
    assert "엔지니어" in text_in(engineer[0], "ko")
    _, approved = search("엔지니어")
    assert "glossary.html#term-engineer" in [r["href"] for r in approved], "the approved form finds the term too"


def test_a_word_finds_the_words_taken_for_it(search):
    """Staff type their word for what the book says otherwise (Content/phrasebook.xml's <synonyms>, and the glossary's
    forms with their forbidden variants): 顾客 for 客户, 손님 for 고객, clients for customer, 서비스기사 for
    엔지니어. What says the word as typed ranks above what says another of its group."""
    _, angry = search("顾客生气")
    assert angry[0]["href"].startswith("situations/angry-customer.html"), angry[:2]
    assert "客户生气" in angry[0]["marks"], angry[0]
    _, guests = search("손님")
    assert any("고객" in text_in(result, "ko") for result in guests), "손님 finds 고객님"
    phrases = [text_in(result, "ko") for result in guests if result["kind"] == "phrase"]
    assert "손님" in phrases[0] and any("손님" not in text for text in phrases), phrases[:3]
    _, clients = search("clients")
    assert clients and all("customer" in text_in(result, "en").lower() or "client" in text_in(result, "en").lower()
                           for result in clients if result["kind"] != "keywords")
    _, engineer = search("서비스기사")
    assert any("엔지니어" in text_in(result, "ko") for result in engineer[:5]), engineer[:3]
    # When few entries have every word, a word taken for another is as rare as what they find together: client
    # silent lists what customer silent does, not the many that say customer before those that say silent.
    _, client = search("client silent")
    _, customer = search("customer silent")
    assert [r["href"] for r in client[:4]] == [r["href"] for r in customer[:4]], (client[:4], customer[:4])
    # A word of several typed as its words finds them anywhere in one text, as it did apart.
    _, unkind = search("수리 기사 불친절")
    assert unkind[0]["href"].startswith("situations/unhappy-with-service.html"), unkind[:2]


def test_a_turn_said_twice_in_a_dialogue_is_one_result(search):
    _, silent = search("무응답")
    turns = [r["href"] for r in silent if r["kind"] == "turn"]
    assert turns == ["situations/silent-call.html#silent-call-example-turn-2"], "the first of the two"


def test_traditional_characters_find_the_simplified_text(search):
    _, traditional = search("退貨")
    _, simplified = search("退货")
    assert traditional and [r["href"] for r in traditional] == [r["href"] for r in simplified]
    assert all("退货" in r["marks"] for r in traditional), "the book's own characters are marked"
    _, complaint = search("投訴")
    assert complaint and complaint[0]["href"] == "situations/complaint.html#complaint"


def test_folding_in_the_browser_agrees_with_the_build(search, output):
    """The build folds every text (SearchFolding.swift); search.js folds queries and shown texts by the table the
    build writes. Both must give the same string for every text of the site, and the table must be the browser's
    own per-character lower case (after full-width ASCII to ASCII), then Unihan's simplified variant, and a curly
    apostrophe straight, for every BMP character."""
    page, results = search("ＲＥＦＵＮＤＳ")
    _, plain = search("refunds")
    assert results and [r["href"] for r in results] == [r["href"] for r in plain]
    assert page.eval("""(variants => { const differ = [];
      for (let unit = 0; unit < 0x10000; unit++) {
        if (unit >= 0xd800 && unit < 0xe000) continue;
        const c = String.fromCharCode(unit);
        const ascii = unit >= 0xff01 && unit <= 0xff5e ? String.fromCharCode(unit - 0xfee0) : c;
        const lower = ascii.toLowerCase();
        const one = lower.length === 1 ? lower : ascii;
        const variant = variants[one.charCodeAt(0)] ? String.fromCharCode(variants[one.charCodeAt(0)]) : one;
        const expected = "\u2018\u2019\u02bc".includes(c) ? "'" : variant;
        if (phrasebookSearchFold(c) !== expected) differ.push(unit.toString(16));
      }
      return differ; })(%s)""" % json.dumps(simplified_variants())) == []
    core = search_file(output, "core")
    languages = len(core["languages"])
    folded = {}
    for script in ("han", "hangul", "other"):
        for piece in range(core["pieces"]):
            part = search_file(output, f"{script}-{piece}")
            ident = 0
            for gap, text in zip(part["ids"], part["texts"].split("\uffff")):
                ident += gap
                folded[ident] = text
    codes = [ord(c) - 0x30 for c in core["entries"]]
    codes = [c - 1 if c > 0x2C else c for c in codes]
    seen, files, originals = {}, {}, {}
    for index in range(core["count"]):
        kind = core["kinds"][codes[3 * index]]
        rank = seen.get(kind, 0)
        seen[kind] = rank + 1
        in_core = kind in core["shown"]  # the kinds that rank first: in the core, all in one string
        name = f"shown-{kind}" if in_core else f"entries-{kind}-{rank // core['chunk']}"
        if name not in files:
            files[name] = (core["shown"][kind] if in_core else search_file(output, name)["entries"]).split("\uffff")
        first = (rank if in_core else rank % core["chunk"]) * (2 + languages) + 2
        for language, text in enumerate(files[name][first:first + languages]):
            if text:
                originals[index * languages + language] = text
    assert originals.keys() == folded.keys()
    ids = sorted(originals)
    in_browser = page.eval(f"{json.dumps([originals[i] for i in ids], ensure_ascii=False)}.map(phrasebookSearchFold)")
    assert in_browser == [folded[i] for i in ids]


def test_on_a_phone_the_results_start_in_the_top_half(browser, site):
    """At 390 × 844 the first result is in the upper half of the screen, where the phone's keyboard leaves it in
    view: the header's "my role" is the form's role menu (one choice), shown once."""
    page = browser.page(site("search.html") + "?" + urllib.parse.urlencode({"q": "退款"}), width=390)
    try:
        page.resize(390, 844, mobile=True)
        page.goto(site("search.html") + "?" + urllib.parse.urlencode({"q": "退款"}))
        page.wait_until(SETTLED)
        top = page.eval("document.querySelector('#search-results > li').getBoundingClientRect().top")
        assert top < 844 / 2, top
        assert page.eval("getComputedStyle(document.querySelector('.site-header .my-role')).display") == "none"
        assert page.eval("document.getElementById('search-role').getBoundingClientRect().height") > 0
    finally:
        page.close()


@pytest.mark.parametrize("query", ["$&", "a$'b", "{near}", "{count} $$"])
def test_the_status_shows_the_query_as_typed(search, query):
    """The status's template is filled in one pass: `$` patterns and braces in the query are not expanded."""
    page, _ = search(query)
    said = status(page)
    assert f"“{query}”" in said or f"\"{query}\"" in said, said
    assert "{" not in said.replace(query, ""), said


def test_more_from_the_keyboard_goes_on_at_the_first_new_result(search):
    page, results = search("ㅎ")
    assert len(results) == 50
    page.eval("document.getElementById('search-more').focus()")
    page.eval("document.getElementById('search-more').click()")
    page.wait_until("document.querySelectorAll('#search-results > li').length > 50")
    assert page.eval("document.activeElement === document.querySelectorAll('#search-results > li')[50]"
                     ".querySelector('a')"), page.eval("document.activeElement.outerHTML.slice(0, 120)")


def test_back_from_a_result_comes_back_to_the_same_place(search):
    """From file:// (where the page is built again on Back): a reader who pressed "more", scrolled and opened the
    81st result comes back to the hundred results, scrolled where they were, on the result they opened (not on
    the search box, which would scroll to the top)."""
    page, _ = search("고객")
    page.eval("document.getElementById('search-more').click()")
    page.wait_until("document.querySelectorAll('#search-results > li').length === 100")
    links = "document.querySelectorAll('#search-results > li a')"
    page.eval(f"{links}[80].scrollIntoView()")
    page.wait_until("scrollY > 0")
    y = page.eval("scrollY")
    href = page.eval(f"{links}[80].href")

    def navigate(script):
        """Runs `script` (which navigates) and waits for the next page's load."""
        page.events = [event for event in page.events if event.get("method") != "Page.loadEventFired"]
        page.eval(f"setTimeout(() => {script}, 300)")
        page.wait_for_event("Page.loadEventFired")

    navigate(f"{links}[80].click()")
    assert not page.eval("location.pathname.endsWith('/search.html')")
    navigate("history.back()")
    page.wait_until("location.pathname.endsWith('/search.html') && " + SETTLED +
                    " && document.querySelectorAll('#search-results > li').length === 100")
    page.wait_until(f"Math.abs(scrollY - {y}) <= 2")
    assert page.eval("document.activeElement.href") == href
    assert page.eval("document.activeElement.id") != "search-query"


def test_a_long_unbroken_query_does_not_widen_the_page(browser, site):
    query = "customer.service.complaint.order.number.20261206.ABCDEF1234567890" * 2
    page = browser.page(site("search.html") + "?" + urllib.parse.urlencode({"q": query}), width=375, height=740)
    try:
        page.wait_until(SETTLED)
        assert page.eval("document.documentElement.scrollWidth") <= 375
    finally:
        page.close()


def test_every_role_shown_to_a_reader_with_a_role_can_be_bookmarked(browser, site):
    """After "other roles", the address says every role (`role=*`): reloaded or shared, it shows what was shown,
    not the remembered role's results again."""
    with with_remembered_role(browser, site("search.html") + "?q=complaint", "counter-clerk") as page:
        own = page.eval("document.querySelectorAll('#search-results > li').length")
        page.wait_until("!document.getElementById('search-other-roles').hidden")
        page.eval("document.getElementById('search-other-roles').click()")
        page.wait_until(f"document.querySelectorAll('#search-results > li').length > {own}")
        every = page.eval("document.querySelectorAll('#search-results > li').length")
        page.wait_until("location.search.includes('role=*')")
        page.goto(page.eval("location.href"))
        page.wait_until(SETTLED)
        assert page.eval("document.getElementById('search-role').value") == ""
        assert page.eval("document.querySelectorAll('#search-results > li').length") == every
        assert page.eval("localStorage.getItem('phrasebook.role')") == "counter-clerk"
