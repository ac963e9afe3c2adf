"""The site with the keyboard only, in headless Chromium: the first Tab shows the skip link above everything (the
header included, at every width), and the link takes the keyboard's focus to the page's content."""

import pytest

# Tab pressed as a keyboard does (a key event, not element.focus()), so the browser's own focus handling runs.
def press(page, key, code, key_code):
    page.send("Input.dispatchKeyEvent", type="keyDown", key=key, code=code, windowsVirtualKeyCode=key_code)
    page.send("Input.dispatchKeyEvent", type="keyUp", key=key, code=code, windowsVirtualKeyCode=key_code)


@pytest.mark.parametrize("width, height", [(1280, 800), (390, 844)])
@pytest.mark.parametrize("path", ["index.html", "situations/silent-call.html", "roles/hotline-agent.html"])
def test_first_tab_shows_the_skip_link_on_top_and_it_goes_to_the_content(browser, site, path, width, height):
    page = browser.page(site(path), width=width, height=height)
    try:
        page.resize(width, height, mobile=width < 500)
        page.goto(site(path))
        press(page, "Tab", "Tab", 9)
        assert page.eval("document.activeElement.className") == "skip-link"
        # What is drawn at the middle of the focused link is the link itself, not the header over it.
        on_top = page.eval("""(() => { const link = document.activeElement, box = link.getBoundingClientRect();
            const shown = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
            return box.top >= 0 && box.width > 0 && !!shown && link.contains(shown); })()""")
        assert on_top, "the focused skip link is hidden under the header"
        press(page, "Enter", "Enter", 13)
        page.wait_until("document.activeElement.id === 'main'")
    finally:
        page.close()
