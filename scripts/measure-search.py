#!/usr/bin/env python3
"""Times the site's search page in headless Chromium (Documentation/Performance.md, "The site's search").

    python3 scripts/measure-search.py OUTPUT/html [--runs 5] [--query QUERY ...]

Opens search.html?q=QUERY from file:// in a fresh tab RUNS times per query and prints a Markdown table of
medians of the timings the page writes on #search-status (search.js), in milliseconds from the start of the
page's loading: data-page-ms (the page parsed and its other scripts run), data-ready-ms (the page and the search
data the query needs are both there), data-shown-ms (its count and first ten results are on the page), shown − page
(how long the results came after the page), and data-query-ms (matching, ranking and showing, without waiting for
data); then the files and bytes of search data the page loaded (data-parts) by then.

Then the search's own share: RUNS times per query, a fresh tab opens search.html with no query, waits until the
page is ready and idle (core.js in: every search page loads it), and asks for QUERY through the form; the share is
from the search's start (data-run-ms) to its count and first ten results on the page (data-shown-ms): loading the
texts or keys of the query's scripts and the files of those results, matching, ranking and showing, with the page
out of the way; printed as the sum of the loading (the rest) and the query (data-query-ms), medians each; then
the time to the whole first page of fifty (data-page-shown-ms). "–" for a site whose search.js does not write
them (before the ten came first, data-shown-ms was the whole page). Prints the load average before and after,
and how many of the queries' shares are under 50 ms.

Works on sites from before the split data too (one assets/search-data.js, folded while the page loads: "data
ready" is then when the script started, and the folding counts in "results shown").
"""

import argparse
import json
import os
import pathlib
import statistics
import sys
import time
import urllib.parse

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "Tests" / "browser"))
from cdp import Browser  # noqa: E402

QUERIES = ["refund", "환불", "情绪", "投诉 处理", "불만을", "ㅎㅍㅋ", "ㅎ", "complaints"]

READ = """(() => { const s = document.getElementById('search-status');
  const number = name => +(s.getAttribute(name) || 0);
  return {start: number('data-start-ms'), page: number('data-page-ms'), ready: number('data-ready-ms'),
          run: number('data-run-ms'),
          shown: number('data-shown-ms') || number('data-ready-ms') + number('data-prepare-ms') + number('data-query-ms'),
          pageShown: number('data-page-shown-ms'),
          query: number('data-query-ms'), text: s.textContent,
          parts: (s.getAttribute('data-parts') || '').split(' ').filter(Boolean)}; })()"""


def data_files(html, parts):
    """The search data files a page loaded: those it names, or the one file of the site before the split."""
    if not parts:
        return [html / "assets" / "search-data.js"]
    return [html / "assets" / "search" / (part + ".js") for part in parts]


ASK = """(query => { const input = document.getElementById('search-query'); input.value = query;
  document.getElementById('search-form').requestSubmit(); })"""


def own_share(browser, html, query):
    """Milliseconds from the search's start to its count and first results, for QUERY asked on a ready, idle search
    page, and of them matching, ranking and showing (data-query-ms); and to its whole first page (the fifty, or
    None for a site whose search.js shows them at once)."""
    page = browser.page((html / "search.html").resolve().as_uri())
    try:
        page.wait_until("document.readyState === 'complete' && window.phrasebookSearchFold && "
                        "phrasebookSearchFold('a') !== null", 60)
        time.sleep(0.3)
        before = page.eval("document.getElementById('search-status').getAttribute('data-run-ms')")
        page.eval(f"{ASK}({json.dumps(query)})")
        page.wait_until(f"document.getElementById('search-status').getAttribute('data-run-ms') !== {json.dumps(before)}",
                        60)
        page.wait_until("!document.getElementById('search-results').hasAttribute('aria-busy')", 60)
        sample = page.eval(READ)
        if not sample["run"]:
            return None
        whole = sample["pageShown"] - sample["run"] if sample["pageShown"] else None
        return (sample["shown"] - sample["run"], sample["query"], whole)
    finally:
        page.close()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("html", type=pathlib.Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--query", action="append", dest="queries")
    args = parser.parse_args()
    queries = args.queries or QUERIES
    print(f"load average before: {os.getloadavg()[0]:.1f}")
    rows = []
    with Browser() as browser:
        for query in queries:
            samples = []
            for _ in range(args.runs):
                url = (args.html / "search.html").resolve().as_uri() + "?" + urllib.parse.urlencode({"q": query})
                page = browser.page(url)
                try:
                    page.wait_until("document.getElementById('search-status').hasAttribute('data-query-ms')", 60)
                    samples.append(page.eval(READ))
                finally:
                    page.close()
                time.sleep(0.2)
            for sample in samples:
                sample["after"] = sample["shown"] - sample["page"] if sample["page"] else sample["shown"]
            median = lambda key: statistics.median(s[key] for s in samples)  # noqa: E731
            files = data_files(args.html, samples[-1]["parts"])
            count = "".join(ch for ch in samples[-1]["text"] if ch.isdigit())
            shares = [own_share(browser, args.html, query) for _ in range(args.runs)]
            own = None if None in shares else (statistics.median(s[0] for s in shares),
                                               statistics.median(s[1] for s in shares),
                                               None if None in [s[2] for s in shares]
                                               else statistics.median(s[2] for s in shares))
            rows.append((query, count, median("page"), median("ready"), median("shown"), median("after"),
                         median("query"), own, len(files), sum(f.stat().st_size for f in files)))
    print(f"load average after: {os.getloadavg()[0]:.1f}")
    print("| query | results | page ready | data ready | results shown | shown − page | query "
          "| search's own share = loading + query | whole first page | files | bytes |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for query, count, page, ready, shown, after, spent, own, files, size in rows:
        share = "–" if own is None else f"{own[0]:.0f} = {own[0] - own[1]:.0f} + {own[1]:.0f}"
        whole = "–" if own is None or own[2] is None else f"{own[2]:.0f}"
        print(f"| `{query}` | {count} | {page:.0f} | {ready:.0f} | {shown:.0f} | {after:.0f} | {spent:.0f} | {share} "
              f"| {whole} | {files} | {size:,} |")
    shares = [row[7][0] for row in rows if row[7] is not None]
    if shares:
        print(f"\nsearch's own share (medians): {min(shares):.0f}–{max(shares):.0f} ms, under 50 ms for "
              f"{sum(share < 50 for share in shares)} of {len(shares)} queries")


if __name__ == "__main__":
    main()
