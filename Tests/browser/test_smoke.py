"""The built site opens in a real browser: the index lists chapters and a situation page shows its phrases."""


def test_index_lists_situations(browser, site):
    page = browser.page(site("index.html"))
    try:
        links = page.eval("document.querySelectorAll('a[href*=\"situations/\"]').length")
        assert links > 10
    finally:
        page.close()


def test_situation_page_shows_phrases_in_three_languages(browser, site):
    page = browser.page(site("situations/silent-call.html"))
    try:
        langs = page.eval("[...new Set([...document.querySelectorAll('[lang]')].map(e => e.lang))].sort()")
        assert {"zh-Hans", "ko", "en"} <= set(langs) or {"zh", "ko", "en"} <= set(langs)
    finally:
        page.close()
