"""`phrasebook serve` end to end: a real server on a free port, a content file edited, the reload event and
the new page seen (over HTTP and in Chromium), a broken edit shown and recovered, path escapes refused, and a
clean stop."""

import contextlib
import http.client
import json
import os
import pathlib
import re
import shutil
import signal
import socket
import subprocess
import time

import pytest

from served import ROOT, Served, next_event, next_generation, phrasebook_binary

TITLE_FILE = "situations/silent-call.xml"


@pytest.fixture
def served():
    server = Served()
    yield server
    server.stop()


def first_english_title(served):
    text = (served.content / TITLE_FILE).read_text(encoding="utf-8")
    start = text.index("<title>")
    english = text.index("<en>", start) + len("<en>")
    return text[english:text.index("</en>", english)]


def test_edit_rebuilds_and_the_open_page_hears_of_it(served):
    status, page = served.get("/situations/silent-call.html")
    assert status == 200
    assert '<script src="/__phrasebook/live.js" data-generation="1" defer></script></head>' in page
    events = served.events()
    assert next_event(events, "generation") == "1"
    title = first_english_title(served)
    started = time.time()
    served.edit(TITLE_FILE, f"<en>{title}</en>", "<en>Silent line, edited</en>")
    assert next_event(events, "generation", timeout=60) == "2"
    elapsed = time.time() - started
    print(f"save to reload event: {elapsed * 1000:.0f} ms")
    status, page = served.get("/situations/silent-call.html")
    assert status == 200 and "Silent line, edited" in page
    served.wait_for_line(r"built \(generation 2\)")


def test_the_open_page_is_shown_first_and_other_pages_wait_for_the_build(served):
    events = served.events("/situations/silent-call.html")
    assert next_event(events, "generation") == "1"
    title = first_english_title(served)
    served.edit(TITLE_FILE, f"<en>{title}</en>", "<en>Silent line, edited</en>")
    assert next_generation(events, 2, timeout=60) == 2
    served.wait_for_line(r"showing the open pages \(generation 2\); building the rest")
    status, page = served.get("/situations/silent-call.html")
    assert status == 200 and "Silent line, edited" in page and 'data-generation="2"' in page
    # The home page lists every situation's title. It was not rendered ahead: it waits for the build.
    status, home = served.get("/index.html")
    assert status == 200 and "Silent line, edited" in home
    served.wait_for_line(r"built \(generation 2\)")


def test_a_broken_edit_is_shown_and_the_last_good_site_stays(served):
    events = served.events()
    next_event(events, "generation")
    served.edit(TITLE_FILE, "</title>", "</titel>")
    problems = next_event(events, "problems", timeout=60)
    assert TITLE_FILE in problems and "error" in problems
    line = served.wait_for_line(r"silent-call\.xml:\d+:\d+: error")
    assert "silent-call.xml" in line
    assert "build failed; still serving the last good site:" in served.printed
    status, page = served.get("/situations/silent-call.html")
    assert status == 200 and "data-generation=\"1\"" in page
    served.edit(TITLE_FILE, "</titel>", "</title>")
    # Fixed back to the bytes of the last good build: the site is up to date, so the generation stays and the
    # event only clears the overlay (the page does not reload); the terminal says it is fixed.
    assert next_event(events, "generation", timeout=60) == "1"
    served.wait_for_line(r"^fixed: the files are back as the last good build read them; serving it \(generation 1\)")


def test_pages_shown_ahead_of_a_build_that_then_fails_are_taken_back(served):
    """A template only another page uses is broken: the open page renders ahead and is shown, but the whole
    build fails. The open page then reloads into the last good site with the problems, and every reader gets
    that same page for the address."""
    events = served.events("/situations/silent-call.html")
    assert next_event(events, "generation") == "1"
    glossary = served.templates / "html" / "glossary.mustache"
    glossary.write_text("{{bogusValue}}" + glossary.read_text(encoding="utf-8"), encoding="utf-8")
    assert "glossary.mustache" in next_event(events, "problems", timeout=60)
    before = int(re.search(r'data-generation="(\d+)"', served.get("/situations/silent-call.html")[1]).group(1))
    title = first_english_title(served)
    served.edit(TITLE_FILE, f"<en>{title}</en>", "<en>Silent line, edited</en>")
    shown = next_generation(events, before + 1, timeout=60)
    taken_back = next_generation(events, shown + 1, timeout=60)
    assert "glossary.mustache" in next_event(events, "problems", timeout=60)
    for _ in range(3):
        status, page = served.get("/situations/silent-call.html")
        assert status == 200 and "Silent line, edited" not in page, "a page of the failed build is served"
        assert f'data-generation="{taken_back}"' in page


def test_with_diagnostics_json_each_build_prints_its_diagnostics_on_one_line():
    """For an editor following the server: every build's diagnostics, as `check --diagnostics json` lists them,
    one JSON array per line of standard output; the terminal's messages stay on standard error."""
    served = Served(arguments=["--diagnostics", "json"])
    try:
        first = json.loads(served.standard_output.get(timeout=60))
        checked = subprocess.run(
            [phrasebook_binary(), "check", "--diagnostics", "json", "--content", str(served.content)],
            capture_output=True, text=True, cwd=served.scratch)
        assert first == json.loads(checked.stdout)
        assert not any(entry["severity"] == "error" for entry in first)
        served.edit(TITLE_FILE, "</title>", "</titel>")
        broken = json.loads(served.standard_output.get(timeout=60))
        errors = [entry for entry in broken if entry["severity"] == "error"]
        assert errors and all(entry["file"].endswith(TITLE_FILE) and entry["line"] > 0 for entry in errors)
        served.edit(TITLE_FILE, "</titel>", "</title>")
        assert json.loads(served.standard_output.get(timeout=60)) == first
        glossary = served.templates / "html" / "glossary.mustache"
        glossary.write_text("{{#unclosed}}" + glossary.read_text(encoding="utf-8"), encoding="utf-8")
        [template] = json.loads(served.standard_output.get(timeout=60))
        assert template["code"] == "template" and template["file"].endswith("glossary.mustache"), template
        assert template["line"] >= 1
        assert any(line.startswith("serving http://") for line in served.printed)
    finally:
        served.stop()


def test_every_answer_says_nosniff(served):
    """The browser takes the type given, never one it guesses from the bytes."""
    for path in ["/situations/silent-call.html", "/assets/style.css", "/no-such-page.html", "/__phrasebook/live",
                 "/__phrasebook/no-such-file"]:
        connection = http.client.HTTPConnection("127.0.0.1", served.port, timeout=30)
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        connection.close()
        assert response.getheader("X-Content-Type-Options") == "nosniff", path


def test_the_live_reload_path_asked_for_as_a_page_says_it_is_a_websocket(served):
    status, body = served.get("/__phrasebook/live")
    assert status == 426 and "WebSocket" in body
    assert served.get("/__phrasebook/no-such-file")[0] == 404


def test_head_answers_as_get_without_the_body(served):
    status, length, body = served.head("/situations/silent-call.html")
    page_status, page = served.get("/situations/silent-call.html")
    assert status == 200 and page_status == 200 and body == b""
    assert int(length) == len(page.encode("utf-8"))
    assert served.head("/no-such-page.html")[0] == 404


def test_methods_other_than_get_and_head_are_not_allowed(served):
    for method in ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "PROPFIND", "MKCOL"]:
        for path in ["/", "/situations/silent-call.html", "/no-such-page.html", "/__phrasebook/live",
                     "/__phrasebook/live.js", "/__phrasebook/no-such-file"]:
            connection = http.client.HTTPConnection("127.0.0.1", served.port, timeout=30)
            connection.request(method, path, body=None if method == "OPTIONS" else b"x")
            response = connection.getresponse()
            body = response.read().decode("utf-8")
            connection.close()
            assert response.status == 405, f"{method} {path}: {body}"
            assert response.getheader("Allow") == "GET, HEAD", f"{method} {path}"
            assert "GET and HEAD" in body
    # Nothing was taken for a write: the page is served as before.
    assert served.get("/situations/silent-call.html")[0] == 200


@pytest.mark.parametrize("path", [
    "/../../../../etc/passwd",
    "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "/situations/..%2f..%2f..%2f..%2fetc%2fpasswd",
    "/%2E%2E%2F%2E%2E%2Fetc/passwd",
    "/situations/%00.html",
    "/situations",
])
def test_paths_outside_the_site_are_not_found(served, path):
    status, body = served.get(path)
    assert status == 404, body[:200]
    assert "root:" not in body


def test_a_symlink_out_of_the_site_is_not_followed(served):
    link = served.preview / "html" / "outside"
    os.symlink("/etc", link)
    status, body = served.get("/outside/passwd")
    assert status == 404 and "root:" not in body


def test_sigterm_stops_cleanly_and_removes_the_preview(served):
    events = served.events()
    next_event(events, "generation")
    assert served.preview.is_dir()
    assert served.stop() == 0
    assert not served.preview.exists()


def test_a_closed_terminal_stops_it_cleanly_too(served):
    """SIGHUP, as closing the terminal sends, removes the preview folder as Ctrl-C does."""
    events = served.events()
    next_event(events, "generation")
    assert served.preview.is_dir()
    assert served.stop(signal.SIGHUP) == 0
    assert not served.preview.exists()


@pytest.mark.parametrize("sent", [b"", b"GET /index.html HTTP/1.1\r\nHost: x\r\n"])
def test_a_client_that_never_finishes_its_request_does_not_hold_the_stop_up(served, sent):
    """An idle connection, or one that sent half a request, is closed by a stop after a moment's grace: the server
    used to wait for it for ever, so that Ctrl-C did nothing while a stray client stayed connected."""
    client = socket.create_connection(("127.0.0.1", served.port))
    try:
        client.sendall(sent)
        time.sleep(0.3)
        started = time.time()
        served.process.send_signal(signal.SIGTERM)
        served.process.wait(timeout=15)
        elapsed = time.time() - started
    finally:
        client.close()
    assert served.process.returncode == 0
    assert elapsed < 5, f"stopped after {elapsed:.1f} s"
    assert not served.preview.exists()


@contextlib.contextmanager
def serving(content, folder, temporary=None):
    """`phrasebook serve` of `content` on a free port, run in `folder` (with `temporary` as its TMPDIR when given),
    its terminal (standard error) a pipe; killed at the end if it is still running."""
    environment = {**os.environ, "TMPDIR": str(temporary)} if temporary else None
    process = subprocess.Popen(
        [phrasebook_binary(), "serve", "--port", "0", "--content", str(content),
         "--templates", str(ROOT / "Templates")],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=folder, env=environment)
    try:
        yield process
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


@pytest.mark.parametrize("how", [signal.SIGINT, signal.SIGTERM, signal.SIGHUP])
def test_a_stop_during_the_first_build_ends_it_and_removes_the_preview(tmp_path, how):
    """Before the server runs, a stop signal is noted, not fatal: the first build ends, nothing is served and the
    preview folder goes, as on any other stop."""
    with serving(ROOT / "Content", tmp_path) as process:
        first = process.stderr.readline()
        match = re.search(r"^preview folder: (\S+) ", first)
        assert match, first
        process.send_signal(how)
        _, rest = process.communicate(timeout=120)
    assert process.returncode == 0, rest
    assert "serving http" not in rest, "stopped before serving"
    assert not pathlib.Path(match.group(1)).exists()


def test_a_second_stop_during_the_first_build_ends_it_at_once(tmp_path):
    """The first signal is noted; a second one has its default action, as a user pressing Ctrl-C twice expects."""
    with serving(ROOT / "Content", tmp_path, temporary=tmp_path) as process:
        preview = pathlib.Path(re.search(r"^preview folder: (\S+) ", process.stderr.readline()).group(1))
        process.send_signal(signal.SIGINT)
        time.sleep(0.05)
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=120)
    assert process.returncode == -signal.SIGINT
    # Its folder stays (the next serve removes it: see the test below); in tmp_path, which pytest removes.


def serving_until_it_serves(stack, content, folder, temporary):
    """`serving`, entered on `stack` (an ExitStack), once the server prints that it serves: the process, its
    preview folder and the lines it printed before."""
    process = stack.enter_context(serving(content, folder, temporary))
    printed = []
    while "serving http" not in (line := process.stderr.readline()):
        assert line, "serve ended before serving: " + "".join(printed)
        printed.append(line)
    return process, pathlib.Path(re.search(r"^preview folder: (\S+) ", printed[0]).group(1)), printed


def stop(process):
    process.send_signal(signal.SIGTERM)
    process.wait(timeout=60)
    assert process.returncode == 0


def test_the_next_serve_removes_the_preview_folders_of_serves_that_did_not_stop_cleanly(tmp_path):
    """A serve killed (or stopped by a second Ctrl-C during its first build) cannot remove its preview folder; the
    next serve does, and leaves alone those of serves still running (each holds a lock on its own), an empty one
    (another serve's, made but not yet locked), and a link with the same kind of name."""
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    elsewhere = tmp_path / "elsewhere"
    (elsewhere / "html").mkdir(parents=True)
    (elsewhere / "html" / "keep.txt").write_text("not a preview", encoding="utf-8")
    with contextlib.ExitStack() as stack:
        killed, left, _ = serving_until_it_serves(stack, ROOT / "Content", tmp_path, temporary)
        killed.kill()
        killed.wait()
        assert (left / "html" / "index.html").exists(), "a killed serve's folder stays until the next serve"
        (temporary / "phrasebook-preview-linked").symlink_to(elsewhere)
        (temporary / "phrasebook-preview-empty1").mkdir()
        running, kept, printed = serving_until_it_serves(stack, ROOT / "Content", tmp_path, temporary)
        assert not left.exists(), "the next serve removes what a killed one left"
        assert any(f"removed {left}: a serve that did not stop cleanly left it" in line for line in printed), printed
        following, own, printed = serving_until_it_serves(stack, ROOT / "Content", tmp_path, temporary)
        assert (kept / "html" / "index.html").exists(), "a running serve's folder stays"
        assert not any(line.startswith("removed") for line in printed), printed
        stop(following)
        assert not own.exists()
        stop(running)
    assert (elsewhere / "html" / "keep.txt").exists(), "a link named as a preview folder is not followed"
    assert (temporary / "phrasebook-preview-linked").is_symlink()
    assert (temporary / "phrasebook-preview-empty1").is_dir()
    assert sorted(path.name for path in temporary.iterdir()) == ["phrasebook-preview-empty1",
                                                                 "phrasebook-preview-linked"]


def test_with_nobody_reading_its_terminal_it_rebuilds_and_stops_cleanly(tmp_path):
    """A terminal closed or a reader gone (EPIPE, EIO) loses the lines, not the process: it rebuilds, and on a
    stop still removes the preview folder (writing to standard error used to trap)."""
    content = tmp_path / "Content"
    shutil.copytree(ROOT / "Content", content)
    with serving(content, tmp_path) as process:
        preview = pathlib.Path(re.search(r"^preview folder: (\S+) ", process.stderr.readline()).group(1))
        while "serving http" not in (line := process.stderr.readline()):
            assert line, "serve ended before serving"
        process.stderr.close()
        path = content / TITLE_FILE
        path.write_text(path.read_text(encoding="utf-8").replace("<en>", "<en>Unread ", 1), encoding="utf-8")
        time.sleep(3)  # the rebuild's lines go to a pipe nobody reads
        assert process.poll() is None, "serve died writing to its terminal"
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=60)
    assert process.returncode == 0
    assert not preview.exists()


@pytest.mark.parametrize("delay", [0.02, 0.2])
def test_a_stop_just_after_a_save_waits_for_the_rebuild_and_removes_the_preview(served, delay):
    """A rebuild writes into the preview folder until it ends: the stop waits for it, then removes the folder
    whole (it used to remove it under the rebuild, which wrote parts of it back)."""
    events = served.events()
    next_event(events, "generation")
    served.edit(TITLE_FILE, "<en>", "<en>Stopped ", )
    time.sleep(delay)
    assert served.stop() == 0
    assert not served.preview.exists(), sorted(str(path) for path in served.preview.rglob("*"))[:10]


def test_the_preview_folder_is_made_new_not_named_in_advance(served):
    """A folder named by the process id could be a link planted beforehand to send the preview elsewhere: the
    folder is made new, private, with a name nobody can know in advance."""
    assert served.preview.name != f"phrasebook-preview-{served.process.pid}"
    assert served.preview.name.startswith("phrasebook-preview-")
    assert not served.preview.is_symlink() and served.preview.stat().st_mode & 0o077 == 0


def test_the_page_in_chromium_reloads_itself_and_shows_problems(served, browser):
    page = browser.page(served.url("situations/silent-call.html"))
    try:
        page.wait_until("document.readyState === 'complete'")
        time.sleep(0.5)  # the page's live-reload connection opens
        title = first_english_title(served)
        served.edit(TITLE_FILE, f"<en>{title}</en>", "<en>Reloaded by itself</en>")
        page.wait_until("document.body && document.body.textContent.includes('Reloaded by itself')", timeout=60)
        served.edit(TITLE_FILE, "</title>", "</titel>")
        text = page.wait_until(
            "document.getElementById('phrasebook-problems') && "
            "document.getElementById('phrasebook-problems').textContent", timeout=60)
        assert "silent-call.xml" in text
        served.edit(TITLE_FILE, "</titel>", "</title>")
        page.wait_until("!document.getElementById('phrasebook-problems')", timeout=60)
    finally:
        page.close()


def test_a_broken_template_the_open_page_does_not_use_shows_problems_without_reloading_it(served, browser):
    """The glossary's template broken while a situation is open: the page is not rendered ahead (it would come
    out as it is), so it stays as it is, not reloaded, and shows the problems; the fix clears them, still without
    a reload (the site is as the last good build left it)."""
    page = browser.page(served.url("situations/silent-call.html"))
    try:
        page.wait_until("document.readyState === 'complete'")
        time.sleep(0.5)  # the page's live-reload connection opens
        page.eval("window.phrasebookNotReloaded = true")
        glossary = served.templates / "html" / "glossary.mustache"
        good = glossary.read_text(encoding="utf-8")
        glossary.write_text("{{bogusValue}}" + good, encoding="utf-8")
        text = page.wait_until(
            "document.getElementById('phrasebook-problems') && "
            "document.getElementById('phrasebook-problems').textContent", timeout=60)
        assert "glossary.mustache" in text
        assert page.eval("window.phrasebookNotReloaded === true"), "the page reloaded for an edit it does not show"
        glossary.write_text(good, encoding="utf-8")
        page.wait_until("!document.getElementById('phrasebook-problems')", timeout=60)
        assert page.eval("window.phrasebookNotReloaded === true")
    finally:
        page.close()


PHRASE = "<en>I'm sorry, I can't hear you. Please try calling again from another phone. Thank you.</en>"


def test_with_navigate_to_changed_open_pages_go_to_the_phrase_edited(browser):
    """`--navigate-to-changed`: a save of a situation's file takes the open pages (the home page here) to that
    situation's page at the phrase edited; one open on that page already is reloaded there, scrolled to the next
    phrase edited, not left where it was."""
    served = Served(arguments=["--navigate-to-changed"])
    home = browser.page(served.url("index.html"))
    try:
        home.wait_until("document.readyState === 'complete'")
        time.sleep(0.5)  # the page's live-reload connection opens
        served.edit(TITLE_FILE, PHRASE, "<en>Sorry, I can't hear you at all.</en>")
        home.wait_until("location.pathname === '/situations/silent-call.html' && "
                        "location.hash === '#silent-call-hang-up' && document.body && "
                        "document.body.textContent.includes(\"Sorry, I can't hear you at all.\")", timeout=60)
        served.wait_for_line(r"built \(generation 2\); the open pages go to /situations/silent-call\.html"
                             r"#silent-call-hang-up$")
        home.wait_until("document.readyState === 'complete'")
        time.sleep(0.5)
        served.edit(TITLE_FILE, "<en>Sorry, I can't hear you at all.</en>", "<en>Edited again.</en>")
        home.wait_until("document.body && document.body.textContent.includes('Edited again.')", timeout=60)
        home.wait_until("document.readyState === 'complete'")
        # The same page reloaded at the phrase (it is below the first screen), not at the top it was at before.
        assert home.eval("location.hash") == "#silent-call-hang-up"
        assert home.eval("window.scrollY") > 0
        top = home.eval("document.getElementById('silent-call-hang-up').getBoundingClientRect().top")
        assert 0 <= top < home.eval("innerHeight"), top
        # An edit of phrasebook.xml's title shows on every page, in its header: the page reloads where it is.
        generation = home.eval("document.querySelector('script[data-generation]').dataset.generation")
        served.edit("phrasebook.xml", "<en>Customer Service Phrasebook</en>", "<en>Service Phrasebook</en>")
        home.wait_until("document.querySelector('script[data-generation]') && "
                        f"document.querySelector('script[data-generation]').dataset.generation !== '{generation}'",
                        timeout=60)
        assert home.eval("location.pathname") == "/situations/silent-call.html"
        # A glossary term's edit in phrasebook.xml takes it to the term.
        served.edit("phrasebook.xml", "<en>Korean: always A/S in what is said to customers, never 애프터서비스.</en>",
                    "<en>Korean: say A/S to customers.</en>")
        home.wait_until("location.pathname === '/glossary.html' && location.hash === '#term-after-sales' && "
                        "document.body && document.body.textContent.includes('say A/S to customers')", timeout=60)
    finally:
        home.close()
        served.stop()


def test_without_navigate_to_changed_an_open_page_stays_where_it_is(served, browser):
    home = browser.page(served.url("index.html"))
    try:
        home.wait_until("document.readyState === 'complete'")
        time.sleep(0.5)
        title = first_english_title(served)
        served.edit(TITLE_FILE, f"<en>{title}</en>", "<en>Silent line, edited</en>")
        home.wait_until("document.querySelector('script[data-generation]') && "
                        "document.querySelector('script[data-generation]').dataset.generation !== '1'", timeout=60)
        assert home.eval("location.pathname") == "/index.html"
    finally:
        home.close()


def test_an_edit_reloads_only_the_open_pages_that_show_it(served, browser):
    """A phrase's text edited: its situation's page reloads with it; the contents page, which lists titles and
    counts, not phrases, is left as it is (scrolled, searched, with what the reader had typed)."""
    situation = browser.page(served.url("situations/silent-call.html"))
    home = browser.page(served.url("index.html"))
    try:
        for page in (situation, home):
            page.wait_until("document.readyState === 'complete'")
            page.eval("window.phrasebookNotReloaded = true")
        time.sleep(0.5)  # the pages' live-reload connections open
        served.edit(TITLE_FILE, PHRASE, "<en>Sorry, I can't hear you at all.</en>")
        situation.wait_until("document.body && "
                             "document.body.textContent.includes(\"Sorry, I can't hear you at all.\")", timeout=60)
        served.wait_for_line(r"built \(generation 2\)")
        time.sleep(1)  # any reload the build's message would cause
        assert home.eval("window.phrasebookNotReloaded === true"), \
            "the contents page reloaded for a phrase it does not show"
        assert home.eval("document.querySelector('script[data-generation]').dataset.generation") == "1"
        # A title is on every page (the navigation data): the contents page reloads for it.
        title = first_english_title(served)
        served.edit(TITLE_FILE, f"<en>{title}</en>", "<en>Silent line, edited</en>")
        home.wait_until("document.body && document.body.textContent.includes('Silent line, edited')", timeout=60)
    finally:
        situation.close()
        home.close()


def test_any_number_of_open_tabs_load_and_reload(served, browser):
    """A browser holds at most six HTTP/1.1 connections to one server: a stream per tab that held one would leave
    the seventh tab loading for ever. Eight tabs load, and each reloads after a save."""
    paths = ["situations/silent-call.html", "index.html", "glossary.html", "situations/silent-call.html"] * 2
    tabs = []
    try:
        for path in paths:
            tabs.append(browser.page(served.url(path)))
        assert len({tab.eval("document.querySelector('script[data-generation]').dataset.generation")
                    for tab in tabs}) == 1
        title = first_english_title(served)
        served.edit(TITLE_FILE, f"<en>{title}</en>", "<en>Seen in every tab</en>")
        for tab in tabs:
            tab.wait_until("document.querySelector('script[data-generation]') && "
                           "document.querySelector('script[data-generation]').dataset.generation !== '1'",
                           timeout=60)
        assert "Seen in every tab" in tabs[0].eval("document.body.textContent")
    finally:
        for tab in tabs:
            tab.close()


def test_a_page_reloads_when_the_server_is_started_again(served, browser):
    """Stopped and started again (on the same port), the server may serve anything: an open page reconnects
    and reloads."""
    page = browser.page(served.url("situations/silent-call.html"))
    try:
        port = served.port
        assert served.stop() == 0

        def edit_title(content):
            path = content / TITLE_FILE
            text = path.read_text(encoding="utf-8")
            title = text[text.index("<en>", text.index("<title>")) + 4:text.index("</en>", text.index("<title>"))]
            path.write_text(text.replace(f"<en>{title}</en>", "<en>Served again</en>", 1), encoding="utf-8")

        again = Served(prepare=edit_title, port=port)
        try:
            page.wait_until("document.body && document.body.textContent.includes('Served again')", timeout=60)
        finally:
            again.stop()
    finally:
        page.close()


def test_started_on_broken_content_the_page_shows_the_problems_and_becomes_the_site_once_fixed(browser):
    def break_title(content):
        path = content / TITLE_FILE
        path.write_text(path.read_text(encoding="utf-8").replace("</title>", "</titel>", 1), encoding="utf-8")

    served = Served(prepare=break_title)
    try:
        status, body = served.get("/situations/silent-call.html")
        assert status == 503 and "data-generation=\"0\"" in body and "has not built yet" in body
        said = "\n".join(served.printed)
        assert "build failed; no site yet" in said and "last good site" not in said, said
        assert served.get("/assets/style.css")[0] == 404
        assert served.get("/../../etc/passwd")[0] == 404
        page = browser.page(served.url("situations/silent-call.html"))
        try:
            text = page.wait_until(
                "document.getElementById('phrasebook-problems') && "
                "document.getElementById('phrasebook-problems').textContent", timeout=60)
            assert "silent-call.xml" in text and "no good site yet" in text
            served.edit(TITLE_FILE, "</titel>", "</title>")
            page.wait_until("!!document.querySelector('h1') && !document.getElementById('phrasebook-problems') && "
                            "!!document.querySelector('script[data-generation=\"1\"]')", timeout=60)
            assert "has not built yet" not in page.eval("document.body.textContent")
        finally:
            page.close()
    finally:
        served.stop()
