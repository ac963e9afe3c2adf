#!/usr/bin/env python3
"""Measures `phrasebook serve`'s loop: from a content file saved to the reload event reaching a client, or (with
--browser) to the page reloaded in headless Chromium.

Starts the server over a scratch copy of Content/ and Templates/ (Tests/browser/served.py), then, round after
round, edits one phrase's English text (a different word each round) and times the wait for the next
`generation` event, listening as the page of the edited situation does (the server renders the open pages
first; `--no-page` listens without a page, so the event waits for the whole site). With `--browser` the page is
open in Chromium instead, and a round ends when the reloaded page has its DOM and has run its scripts (its
`domContentLoadedEventEnd`, read from the page, against the wall clock at the save); the time of its first
contentful paint is printed beside it, and a third column, "shown", takes the later of the two. Prints each round
and the medians.

    PHRASEBOOK_BIN=.build/release/phrasebook python3 scripts/measure-serve.py --rounds 10 [--browser]

`--content DIR` serves a copy of another content folder instead of Content/ (the 10,000-phrase book of
`phrasebook-bench --generate DIR`, with `--file situations/account-change-108.xml`).
"""

import argparse
import pathlib
import shutil
import statistics
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "Tests" / "browser"))
from cdp import Browser  # noqa: E402
from served import Served, next_event, next_generation  # noqa: E402

LOADED_AT = ("(function () { var n = performance.getEntriesByType('navigation')[0];"
             " var p = performance.getEntriesByName('first-contentful-paint')[0];"
             " return n && n.domContentLoadedEventEnd > 0 && p"
             " ? [performance.timeOrigin + n.domContentLoadedEventEnd, performance.timeOrigin + p.startTime] : 0; })()")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--file", default="situations/complaint.xml", help="the content file edited")
    parser.add_argument("--no-page", action="store_true", help="listen without naming a page")
    parser.add_argument("--browser", action="store_true", help="time the page reloaded in Chromium")
    parser.add_argument("--content", type=pathlib.Path, help="serve a copy of this content folder")
    arguments = parser.parse_args()

    def other_content(content):
        shutil.rmtree(content)
        shutil.copytree(arguments.content, content)

    served = Served(prepare=other_content if arguments.content else None)
    browser = Browser() if arguments.browser else None
    try:
        page_path = "/" + arguments.file.replace(".xml", ".html")
        events = served.events(None if arguments.no_page or browser else page_path)
        generation = int(next_event(events, "generation", timeout=120))
        tab = browser.page(served.url(page_path.lstrip("/"))) if browser else None
        if tab:
            tab.wait_until("document.readyState === 'complete'")
            time.sleep(0.5)  # its event stream connects
        text = (served.content / arguments.file).read_text(encoding="utf-8")
        english = text.index("</en>", text.index("<phrase "))
        times, painted, shown = [], [], []
        for round in range(arguments.rounds):
            marker = f"Edit number {round + 1}."
            started = time.time()
            (served.content / arguments.file).write_text(
                text[:english] + " " + marker + text[english:], encoding="utf-8")
            generation += 1
            if tab:
                tab.wait_until(f"document.body && document.body.textContent.includes({marker!r})", timeout=120)
                loaded, paint = (at / 1000 for at in tab.wait_until(LOADED_AT))
                times.append((loaded - started) * 1000)
                painted.append((paint - started) * 1000)
                shown.append(max(times[-1], painted[-1]))
            else:
                assert next_generation(events, generation, timeout=120) == generation
                times.append((time.time() - started) * 1000)
            what = "page reloaded" if tab else "reload event"
            beside = f", first paint {painted[-1]:.0f} ms, shown {shown[-1]:.0f} ms" if tab else ""
            print(f"round {round + 1}: save to {what} {times[-1]:.0f} ms{beside}", flush=True)
            served.wait_for_line(rf"built \(generation {generation}\)", timeout=120)
            time.sleep(0.3)
        for name, values in [("", times), ("first paint ", painted), ("shown ", shown)]:
            if values:
                print(f"{name}median of {len(values)}: {statistics.median(values):.0f} ms"
                      f" (min {min(values):.0f}, max {max(values):.0f})")
    finally:
        if browser:
            browser.close()
        served.stop()


if __name__ == "__main__":
    main()
