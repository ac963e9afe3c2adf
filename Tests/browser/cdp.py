"""A small client for headless Chromium's DevTools protocol: the real browser the site's tests run in.

Start a browser with `Browser()`, open a page with `browser.page(url)`, then `page.eval(js)`,
`page.screenshot(path, width=...)` or `page.pdf(path)`. Nothing here reaches the network: pages are
`file://` URLs or servers on 127.0.0.1.
"""

import base64
import itertools
import json
import os
import re
import shutil
import subprocess
import tempfile
import time
import urllib.request

import websocket  # PyPI: websocket-client


def chromium_path():
    """The Chromium binary: $CHROMIUM, or Debian's `chromium`."""
    for candidate in (os.environ.get("CHROMIUM"), "chromium", "chromium-browser", "google-chrome"):
        if candidate and shutil.which(candidate):
            return shutil.which(candidate)
    raise RuntimeError("no Chromium found: apt-get install chromium, or set CHROMIUM")


class Browser:
    """One headless Chromium process with a private profile, removed on close."""

    def __init__(self):
        self.profile = tempfile.mkdtemp(prefix="phrasebook-chromium-")
        self.process = subprocess.Popen(
            [chromium_path(), "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-extensions", "--allow-file-access-from-files", "--remote-debugging-port=0",
             "--remote-debugging-address=127.0.0.1", f"--user-data-dir={self.profile}", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        deadline = time.time() + 60
        self.port = None
        while time.time() < deadline and self.port is None:
            line = self.process.stderr.readline()
            if not line and self.process.poll() is not None:
                raise RuntimeError("Chromium exited before it listened")
            match = re.search(r"ws://127\.0\.0\.1:(\d+)/", line)
            if match:
                self.port = int(match.group(1))
        if self.port is None:
            self.close()
            raise RuntimeError("Chromium did not start within 60 s")

    def page(self, url, width=1366, height=900):
        """A new tab showing `url`, loaded, at the given viewport size."""
        request = urllib.request.Request(f"http://127.0.0.1:{self.port}/json/new?about:blank", method="PUT")
        with urllib.request.urlopen(request, timeout=30) as response:
            target = json.load(response)
        page = Page(target["webSocketDebuggerUrl"], f"http://127.0.0.1:{self.port}/json/close/{target['id']}")
        page.resize(width, height)
        page.goto(url)
        return page

    def close(self):
        """Ends the browser and removes its profile."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        shutil.rmtree(self.profile, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


# What DevTools answers a command that a navigation cut short: the document it ran in went away.
NAVIGATION_ERRORS = ("Inspected target navigated or closed", "Execution context was destroyed",
                     "Cannot find default execution context")


class Page:
    """One tab, driven by DevTools commands over its WebSocket."""

    def __init__(self, ws_url, close_url=None):
        self.socket = websocket.create_connection(ws_url, timeout=60, suppress_origin=True)
        self.close_url = close_url
        self.ids = itertools.count(1)
        self.events = []
        self.send("Page.enable")
        self.send("Runtime.enable")

    def send(self, method, **params):
        """Sends a command and returns its result; events that arrive meanwhile are kept in `events`."""
        message_id = next(self.ids)
        self.socket.send(json.dumps({"id": message_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == message_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def wait_for_event(self, method, timeout=30):
        """Waits for an event named `method` (one already received counts) and returns its params."""
        deadline = time.time() + timeout
        while time.time() < deadline:
            for index, event in enumerate(self.events):
                if event.get("method") == method:
                    return self.events.pop(index).get("params", {})
            self.socket.settimeout(max(0.1, deadline - time.time()))
            try:
                self.events.append(json.loads(self.socket.recv()))
            except websocket.WebSocketTimeoutException:
                break
            finally:
                self.socket.settimeout(60)
        raise TimeoutError(f"no {method} within {timeout} s")

    def goto(self, url):
        """Navigates and waits for the load event."""
        self.events = [event for event in self.events if event.get("method") != "Page.loadEventFired"]
        self.send("Page.navigate", url=url)
        self.wait_for_event("Page.loadEventFired")

    def resize(self, width, height=900, mobile=False):
        """Sets the viewport (a phone: `mobile=True`, e.g. 390 wide)."""
        self.send("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1,
                  mobile=mobile)

    def eval(self, expression, await_promise=True):
        """Evaluates `expression` in the page and returns its value (JSON-serialisable values only)."""
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True,
                           awaitPromise=await_promise)
        if "exceptionDetails" in result:
            raise RuntimeError(f"page script failed: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_until(self, expression, timeout=10):
        """Polls `expression` until it is truthy; returns its value. A page that navigates or reloads while a poll is
        in flight (a live reload, a link followed) fails that poll with "navigated" or "context destroyed": the poll is
        tried again in the new document."""
        deadline = time.time() + timeout
        while time.time() < deadline:
            try:
                value = self.eval(expression)
            except RuntimeError as error:
                if not any(mark in str(error) for mark in NAVIGATION_ERRORS):
                    raise
                value = None
            if value:
                return value
            time.sleep(0.05)
        raise TimeoutError(f"still false after {timeout} s: {expression}")

    def screenshot(self, path, full_page=False):
        """Writes a PNG of the viewport (or the whole page) to `path`."""
        params = {"format": "png"}
        if full_page:
            metrics = self.send("Page.getLayoutMetrics")["cssContentSize"]
            params["clip"] = {"x": 0, "y": 0, "width": metrics["width"], "height": metrics["height"], "scale": 1}
            params["captureBeyondViewport"] = True
        with open(path, "wb") as file:
            file.write(base64.b64decode(self.send("Page.captureScreenshot", **params)["data"]))

    def pdf(self, path, **options):
        """Prints the page to a PDF at `path` (A4 and the page's own CSS page size by default)."""
        params = {"preferCSSPageSize": True, "printBackground": True}
        params.update(options)
        with open(path, "wb") as file:
            file.write(base64.b64decode(self.send("Page.printToPDF", **params)["data"]))

    def close(self):
        """Closes the tab's connection, then the tab itself (its renderer ends with it)."""
        self.socket.close()
        if self.close_url:
            url, self.close_url = self.close_url, None
            with urllib.request.urlopen(url, timeout=30):
                pass
