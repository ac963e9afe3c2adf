"""Fixtures of the browser tests: the shipped book built once per run, and one Chromium for all tests.

`.ci/run` builds the site and passes it as PHRASEBOOK_OUTPUT; run alone (`python3 -m pytest Tests/browser`), the
tests build the shipped content into a scratch folder with `swift run phrasebook build`.
"""

import json
import os
import pathlib
import subprocess
import tempfile

import pytest

from cdp import Browser

ROOT = pathlib.Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def output():
    """The output folder of a build of the shipped content (html/, markdown/, text/)."""
    given = os.environ.get("PHRASEBOOK_OUTPUT")
    if given:
        return pathlib.Path(given)
    folder = pathlib.Path(tempfile.mkdtemp(prefix="phrasebook-browser-")) / "Output"
    subprocess.run(["swift", "run", "phrasebook", "build", "--output", str(folder)], cwd=ROOT, check=True)
    return folder


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium for the whole run."""
    with Browser() as chromium:
        yield chromium


@pytest.fixture
def site(output):
    """A function giving the file:// URL of a page of the built site: `site("situations/silent-call.html")`."""
    return lambda page: (output / "html" / page).resolve().as_uri()


@pytest.fixture
def open_page(browser, site):
    """A function opening a page of the built site in a new tab with a fresh localStorage holding only `stored`
    (key -> value, JSON-encoded as the site stores it), loaded after it is set:
    `open_page("situations/answer-call.html", {"phrasebook.hiddenLanguages": ["zh"]})`. At the end of the test
    the storage is cleared again and the tabs are closed."""
    tabs = []

    def open_(page, stored=None):
        tab = browser.page(site(page))
        tabs.append(tab)
        tab.eval("localStorage.clear()")
        for key, value in (stored or {}).items():
            tab.eval(f"localStorage.setItem({json.dumps(key)}, JSON.stringify({json.dumps(value)}))")
        tab.goto(site(page))
        return tab

    yield open_
    for tab in tabs:
        tab.eval("localStorage.clear()")
        tab.close()
