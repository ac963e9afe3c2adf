#!/usr/bin/env python3
"""Measures `phrasebook serve`'s loop: from a content file saved to the reload event reaching a client.

Starts the server over a scratch copy of Content/ and Templates/ (Tests/browser/served.py), then, round after
round, edits one phrase's English text (a word added, then removed: every round is a change) and times the wait
for the next `generation` event, listening as the page of the edited situation does (the server renders the
open pages first; `--no-page` listens without a page, so the event waits for the whole site). Prints each round
and the median.

    PHRASEBOOK_BIN=.build/release/phrasebook python3 scripts/measure-serve.py --rounds 10
"""

import argparse
import pathlib
import statistics
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "Tests" / "browser"))
from served import Served, next_event, next_generation  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--file", default="situations/complaint.xml", help="the content file edited")
    parser.add_argument("--no-page", action="store_true", help="listen without naming a page")
    arguments = parser.parse_args()
    served = Served()
    try:
        page = "/" + arguments.file.replace(".xml", ".html")
        events = served.events(None if arguments.no_page else page)
        generation = int(next_event(events, "generation", timeout=120))
        text = (served.content / arguments.file).read_text(encoding="utf-8")
        start = text.index("<phrase ")
        english = text.index("</en>", start)
        times = []
        for round in range(arguments.rounds):
            edited = text[:english] + (" Thank you." if round % 2 == 0 else "") + text[english:]
            started = time.time()
            (served.content / arguments.file).write_text(edited, encoding="utf-8")
            generation += 1
            assert next_generation(events, generation, timeout=120) == generation
            times.append((time.time() - started) * 1000)
            print(f"round {round + 1}: save to reload event {times[-1]:.0f} ms", flush=True)
            served.wait_for_line(rf"built \(generation {generation}\)", timeout=120)
            time.sleep(0.3)
        print(f"median of {len(times)}: {statistics.median(times):.0f} ms (min {min(times):.0f}, max {max(times):.0f})")
    finally:
        served.stop()


if __name__ == "__main__":
    main()
