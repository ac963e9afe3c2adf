"""Roles on book-wide pages, in headless Chromium on the shipped book: narrowed phrases say whose they are, the
card badge names whose cards carry a phrase, and "My role" persists across pages and greys or hides the rest."""

import pytest


@pytest.fixture
def fresh(browser, site):
    """Opens a page with no remembered role; forgets the role afterwards."""
    opened = []

    def run(path, width=1366):
        page = browser.page(site(path), width=width)
        page.eval("localStorage.removeItem('phrasebook.role'); localStorage.removeItem('phrasebook.hideOtherRoles')")
        page.goto(site(path))
        opened.append(page)
        return page

    yield run
    for page in opened:
        page.eval("localStorage.removeItem('phrasebook.role'); localStorage.removeItem('phrasebook.hideOtherRoles')")
        page.close()


def test_after_sales_greeting_says_whose_it_is(fresh):
    page = fresh("situations/answer-call.html")
    mark = page.eval("document.querySelector('#answer-call-service-centre .role-marks').textContent")
    assert "After-sales specialist" in mark and "售后服务专员" in mark
    shown = ("[...document.querySelectorAll('#answer-call-service-centre .role-mark .title-part')]"
             ".filter(e => getComputedStyle(e).display !== 'none').map(e => e.textContent)")
    assert page.eval(shown) == ["售后服务专员"], "compact: the first language shown only"
    # Chinese switched off: the mark names the role in Korean, the next language, without a stray separator.
    page.eval("localStorage.setItem('phrasebook.hiddenLanguages', JSON.stringify(['zh']))")
    try:
        page.goto(page.eval("location.href"))
        assert page.eval(shown) == ["A/S 담당자"]
        assert page.eval("getComputedStyle(document.querySelector('#answer-call-service-centre .role-mark "
                         ".title-part[lang=ko]'), '::before').content") in ("none", "normal")
    finally:
        page.eval("localStorage.removeItem('phrasebook.hiddenLanguages')")


def test_card_badge_names_the_roles(fresh):
    page = fresh("situations/answer-call.html")
    badge = page.eval("document.querySelector('#answer-call-hotline .badge').textContent")
    assert "客服代表" in badge or "Hotline agent" in badge


def test_my_role_persists_across_pages_and_greys_other_roles(fresh, site):
    page = fresh("situations/answer-call.html")
    assert page.eval("!document.querySelector('.my-role').hidden")
    page.eval("""(() => { const s = document.getElementById('my-role'); s.value = 'hotline-agent';
                 s.dispatchEvent(new Event('change')); })()""")
    assert page.eval("document.getElementById('answer-call-service-centre').classList.contains('not-my-role')")
    assert not page.eval("document.getElementById('answer-call-hotline').classList.contains('not-my-role')")
    page.goto(site("situations/ask-for-manager.html"))
    assert page.eval("document.getElementById('my-role').value") == "hotline-agent"
    assert page.eval("document.getElementById('ask-for-manager-lead-commits').classList.contains('not-my-role')")
    visible = "getComputedStyle(document.getElementById('ask-for-manager-lead-commits')).display"
    assert page.eval(visible) != "none"
    page.eval("""(() => { const c = document.getElementById('hide-other-roles'); c.checked = true;
                 c.dispatchEvent(new Event('change')); })()""")
    assert page.eval(visible) == "none"
    # The search page's role filter starts from the same choice.
    page.goto(site("search.html") + "?q=refund")
    assert page.eval("document.getElementById('search-role').value") == "hotline-agent"


def test_hide_the_others_is_offered_only_where_something_is_one_roles(fresh, site):
    """Where nothing is one role's (or the page is a role's own handbook) the box is disabled, and not ticked
    though the reader ticked it elsewhere: nothing is hidden there. The choice holds for the next page."""
    page = fresh("taboos.html")
    page.eval("localStorage.setItem('phrasebook.role', 'counter-clerk'); "
              "localStorage.setItem('phrasebook.hideOtherRoles', 'true')")
    for path, offered in [("taboos.html", False), ("index.html", True), ("situations/silent-call.html", True),
                          ("roles/hotline-agent.html", False), ("book/handbook.html", True)]:
        page.goto(site(path))
        assert page.eval("document.getElementById('hide-other-roles').disabled") != offered, path
        assert page.eval("document.getElementById('hide-other-roles').checked") == offered, path


@pytest.mark.parametrize("path", ["book/handbook.html"])
def test_hidden_situations_leave_the_contents(fresh, site, path):
    """With "Hide the others" ticked, the sidebar lists only what the page shows: every entry left leads to a
    visible part, and unticking brings the others back."""
    page = fresh(path)
    page.eval("localStorage.setItem('phrasebook.role', 'counter-clerk'); "
              "localStorage.setItem('phrasebook.hideOtherRoles', 'true')")
    page.goto(site(path))
    entries = """[...document.querySelectorAll('.site-nav a[href^="#"]')].filter(a => a.offsetParent !== null)
      .map(a => document.getElementById(a.getAttribute('href').slice(1)))"""
    shown = page.eval(f"{entries}.length")
    dead = page.eval(f"{entries}.filter(t => t && t.offsetParent === null).map(t => t.id)")
    assert not dead, dead[:5]
    page.eval("document.getElementById('hide-other-roles').click()")
    assert page.eval(f"{entries}.length") > shown, "unticked: every entry is back"


def test_a_situation_all_hidden_for_the_role_says_so(fresh, site):
    """With "Hide the others" ticked, a situation that is not for the reader's role is hidden whole: the page says
    why instead of showing only its links; a situation for the role does not."""
    page = fresh("situations/silent-call.html")
    page.eval("localStorage.setItem('phrasebook.role', 'counter-clerk'); "
              "localStorage.setItem('phrasebook.hideOtherRoles', 'true')")
    page.goto(site("situations/silent-call.html"))
    note = "document.getElementById('nothing-for-role')"
    assert not page.eval(f"{note}.hidden")
    assert page.eval(f"{note}.getBoundingClientRect().height") > 0
    assert "不属于您的岗位" in page.eval(f"{note}.textContent")
    page.eval("document.getElementById('hide-other-roles').click()")
    assert page.eval(f"{note}.hidden"), "unticked: the situation shows, greyed"
    page.eval("document.getElementById('hide-other-roles').click()")
    page.goto(site("situations/walk-in-reception.html"))
    assert page.eval(f"{note}.hidden"), "a situation for the role"


def test_a_roles_handbook_shows_all_of_it_whatever_role_is_chosen(fresh, site):
    """A role's handbook holds that role's situations and phrases only: another role chosen, "Hide the others"
    ticked, nothing in it is greyed or hidden (it reads and prints whole), and the box is not offered."""
    page = fresh("roles/hotline-agent.html")
    page.eval("localStorage.setItem('phrasebook.role', 'counter-clerk'); "
              "localStorage.setItem('phrasebook.hideOtherRoles', 'true')")
    page.goto(site("roles/hotline-agent.html"))
    assert page.eval("document.querySelectorAll('main .situation').length") > 0
    assert page.eval("[...document.querySelectorAll('main .situation')].every(s => s.offsetParent !== null)")
    assert page.eval("document.querySelectorAll('.not-my-role').length") == 0
    assert page.eval("document.getElementById('answer-call')") is not None
    assert page.eval("document.getElementById('answer-call').offsetParent !== null")
    assert page.eval("document.getElementById('hide-other-roles').disabled")


def test_the_contents_page_greys_or_hides_the_situations_of_other_roles(fresh, site):
    """On the contents page a situation that is not for the reader's role is greyed, or left out with "Hide the
    others" (a chapter with none left goes too), as on its own page, which would show nothing but a note."""
    page = fresh("index.html")
    page.eval("localStorage.setItem('phrasebook.role', 'counter-clerk')")
    page.goto(site("index.html"))
    silent = "document.querySelector('.situation-list a[href=\"situations/silent-call.html\"]')"
    counter = "document.querySelector('.situation-list a[href=\"situations/counter-greeting.html\"]')"
    assert page.eval(f"{silent}.closest('li').classList.contains('not-my-role')")
    assert not page.eval(f"{counter}.closest('li').classList.contains('not-my-role')")
    assert page.eval(f"{silent}.offsetParent !== null"), "greyed, not hidden"
    page.eval("document.getElementById('hide-other-roles').click()")
    assert page.eval(f"{silent}.offsetParent === null")
    assert page.eval(f"{counter}.offsetParent !== null")
    assert page.eval("document.getElementById('chapter-phone-problems').hidden"), "no situation of it is left"
    assert not page.eval("document.getElementById('chapter-opening').hidden")
    page.eval("document.getElementById('hide-other-roles').click()")
    assert page.eval(f"{silent}.offsetParent !== null")
    assert not page.eval("document.getElementById('chapter-phone-problems').hidden")


def test_the_contents_counts_the_phrases_its_pages_show_for_the_role(fresh, site):
    """With "Hide the others", a contents entry counts the phrases the situation's page then shows for the role
    (every situation of the role's that has phrases of other roles is compared); without it, all of them."""
    page = fresh("index.html")
    page.eval("localStorage.setItem('phrasebook.role', 'after-sales'); "
              "localStorage.setItem('phrasebook.hideOtherRoles', 'true')")
    page.goto(site("index.html"))
    entries = """[...document.querySelectorAll('.situation-list li')].filter(li => li.offsetParent !== null)
                 .map(li => [li.querySelector('a').getAttribute('href'),
                             Number(li.querySelector('.count-number').textContent)])"""
    shown = dict(page.eval(entries))
    narrowed = page.eval("[...document.querySelectorAll('[data-role-counts*=\"after-sales=\"] a')]"
                         ".map(a => a.getAttribute('href'))")
    assert len(narrowed) >= 5, narrowed
    # "1 phrase" where after-sales sees one of two; and where a situation has one phrase, whoever reads.
    word = """(href => { const li = document.querySelector(`.situation-list a[href="${href}"]`).closest('li');
                         return [li.querySelector('.count-number').textContent,
                                 li.querySelector('.count-one') && !li.querySelector('.count-one').hidden,
                                 !li.querySelector('.count-many').hidden]; })"""
    assert page.eval(f"{word}('situations/ask-for-manager.html')") == ["1", True, False]
    assert page.eval(f"{word}('situations/hands-free.html')") == ["1", True, False]
    page.eval("document.getElementById('hide-other-roles').click()")
    assert page.eval(f"{word}('situations/ask-for-manager.html')") == ["2", False, True]
    totals = dict(page.eval(entries))
    for href in narrowed:
        assert totals[href] > shown[href], href
    page.eval("document.getElementById('hide-other-roles').click()")
    for href in narrowed:
        page.goto(site(href))
        on_page = page.eval("[...document.querySelectorAll('main .phrase')]"
                            ".filter(p => p.offsetParent !== null).length")
        assert shown[href] == on_page, href
        assert page.eval("document.querySelectorAll('main .phrase').length") == totals[href], href


def test_hidden_roles_leave_a_situation_pages_sidebar_and_pager(fresh, site):
    """With "Hide the others" ticked, a situation page's sidebar lists only the role's situations (its own chapter's
    from the page, the others' from nav-data.js), and previous and next skip the others' situations, to the nearest
    of the role's; unticked, both are as the page was built."""
    role = "onsite-engineer"
    page = fresh("situations/counter-greeting.html")
    order = page.eval("[].concat(...PHRASEBOOK_NAV.chapters.map(c => c.situations))")
    mine = [s for s in order if not s.get("roles") or role in s["roles"].split(" ")]
    assert 0 < len(mine) < len(order)
    here = [s["id"] for s in order].index("counter-greeting")
    assert order[here + 1] not in mine, "the built next is another role's: the test needs one to skip"
    page.eval(f"localStorage.setItem('phrasebook.role', '{role}'); "
              "localStorage.setItem('phrasebook.hideOtherRoles', 'true')")
    page.goto(site("situations/counter-greeting.html"))
    listed = ("[...document.querySelectorAll('.site-nav .nav-situations a')].filter(a => a.offsetParent !== null)"
              ".map(a => a.getAttribute('href').replace(/^.*situations\\//, '').replace('.html', ''))")
    assert page.eval(listed) == [s["id"] for s in mine]
    pager = ("['prev', 'next'].map(rel => { const a = document.querySelector(`.pager a[rel=${rel}]`);"
             " return a && !a.hidden ? [a.getAttribute('href').replace(/^.*\\//, ''),"
             " a.querySelector('.title-part.source').textContent] : null; })")
    before = [s for s in mine if order.index(s) < here]
    after = [s for s in mine if order.index(s) > here]
    expected = [[f"{s['id']}.html", s["title"][0]] if s else None for s in (before[-1] if before else None,
                                                                          after[0] if after else None)]
    assert page.eval(pager) == expected
    page.eval("document.querySelector('.pager a[rel=next]').click()")
    page.wait_until(f"location.pathname.endsWith('/{after[0]['href']}')")
    page.eval("history.back()")
    page.wait_until("location.pathname.endsWith('/counter-greeting.html') && document.readyState === 'complete'")
    assert page.eval(pager) == expected, "back on the page, as it was left"
    page.eval("document.getElementById('hide-other-roles').click()")
    assert page.eval(pager) == [[f"{s['id']}.html", s["title"][0]] for s in (order[here - 1], order[here + 1])]
    assert len(page.eval(listed)) == len(order)
