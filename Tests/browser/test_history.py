"""Back and Forward in headless Chromium: a page shown again shows the reader's choices as they are now, in its
controls as on the page itself, even when the browser puts back the controls as they were when the page was left
or the choices changed on another page meanwhile."""

import contextlib
import http.client
import socket
import subprocess
import sys
import time

import pytest


@contextlib.contextmanager
def served_over_http(folder):
    """The built site served on 127.0.0.1 (Python's http.server): pages over HTTP go into Chromium's back-forward
    cache, where file:// pages are loaded again."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1",
                               "--directory", str(folder)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 30
        while True:
            try:
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
                connection.request("HEAD", "/index.html")
                connection.getresponse()
                connection.close()
                break
            except OSError:
                if time.time() > deadline:
                    raise
                time.sleep(0.1)
        yield lambda path: f"http://127.0.0.1:{port}/{path}"
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(params=["file", "http"])
def address(request, site, output):
    """A page's address, as file:// (the page is loaded again on Back, the browser restoring its controls) and
    over HTTP (the page is shown again from the back-forward cache, as it was left)."""
    if request.param == "file":
        yield site
    else:
        with served_over_http(output / "html") as served:
            yield served


def back_on_first_page(page, timeout=30):
    """Waits until Back has shown the first page again, loaded (a command sent while the page changes fails)."""
    deadline = time.time() + timeout
    while True:
        try:
            if page.eval("location.pathname.endsWith('/silent-call.html') && document.readyState === 'complete'"):
                return
        except RuntimeError:
            pass
        if time.time() > deadline:
            raise TimeoutError("Back did not show the first page")
        time.sleep(0.05)


def test_back_shows_the_role_and_languages_chosen_on_the_next_page(browser, address):
    first, second = address("situations/silent-call.html"), address("situations/answer-call.html")
    page = browser.page(first, width=1280, height=800)
    try:
        page.eval("localStorage.clear()")
        page.goto(first)
        page.goto(second)
        page.eval("""(() => { const menu = document.getElementById('my-role');
            menu.value = 'counter-clerk'; menu.dispatchEvent(new Event('change'));
            document.getElementById('hide-other-roles').click();
            document.querySelector('input[data-toggle-lang=ko]').click();
            document.querySelector('input[data-toggle-pronunciation]').click(); })()""")
        page.eval("setTimeout(() => history.back(), 0)")
        back_on_first_page(page)
        time.sleep(0.3)  # the browser's own restoring of the controls, if it comes, has come
        shown = page.eval("""(() => ({
            role: document.getElementById('my-role').value,
            hideOthers: document.getElementById('hide-other-roles').checked,
            hiding: document.body.classList.contains('hide-other-roles'),
            greyed: document.querySelectorAll('.not-my-role').length > 0,
            koTicked: document.querySelector('input[data-toggle-lang=ko]').checked,
            koShown: [...document.querySelectorAll('main [data-lang=ko]')].some(e => !e.hidden),
            guideTicked: document.querySelector('input[data-toggle-pronunciation]').checked,
            // Korean is switched off, and its pronunciation guides with it
            guideShown: [...document.querySelectorAll('main [data-guide-lang]')].some(e => !e.hidden) }))()""")
        assert shown == {"role": "counter-clerk", "hideOthers": True, "hiding": True, "greyed": True,
                         "koTicked": False, "koShown": False, "guideTicked": True,
                         "guideShown": False}, shown
    finally:
        page.eval("localStorage.clear()")
        page.close()
