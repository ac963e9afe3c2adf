"""The glossary page in a real browser: every term is listed, forbidden variants are struck out, and the language
switches hide a language's row of every term."""


def test_glossary_lists_terms_with_struck_out_variants(browser, site):
    page = browser.page(site("glossary.html"))
    try:
        assert page.eval("document.querySelectorAll('li.term').length") >= 10
        assert page.eval("document.querySelector('#term-after-sales .term-form.preferred[lang=ko]').textContent") == "A/S"
        decoration = page.eval(
            "getComputedStyle(document.querySelector('#term-after-sales del.term-forbidden')).textDecorationLine")
        assert "line-through" in decoration
    finally:
        page.close()


def test_language_switch_hides_a_language_of_every_term(browser, site):
    page = browser.page(site("glossary.html"))
    try:
        # A row is display: contents (it has no box of its own); its <dd> shows whether it is displayed.
        visible = (
            "[...document.querySelectorAll('.term-language[data-lang=ko] dd')]"
            ".filter(e => e.getClientRects().length > 0).length")
        total = page.eval("document.querySelectorAll('.term-language[data-lang=ko]').length")
        assert total >= 10 and page.eval(visible) == total
        page.eval("document.querySelector('input[data-toggle-lang=ko]').click()")
        assert page.eval(visible) == 0
        assert page.eval("document.querySelector('.term-language[data-lang=en] dd').getClientRects().length") > 0
        page.eval("document.querySelector('input[data-toggle-lang=ko]').click()")  # the choice is remembered
        assert page.eval(visible) == total
    finally:
        page.close()


def test_home_page_links_the_glossary(browser, site):
    page = browser.page(site("index.html"))
    try:
        assert page.eval("!!document.querySelector('.home-glossary a[href=\"glossary.html\"]')")
    finally:
        page.close()
