"""`phrasebook serve` started for a test: a scratch copy of the shipped content, a free port, the server's
live-reload messages read on a thread, and a clean stop (SIGTERM) at the end."""

import http.client
import json
import os
import pathlib
import queue
import re
import shutil
import signal
import subprocess
import tempfile
import threading
import time

import websocket

ROOT = pathlib.Path(__file__).resolve().parents[2]


def phrasebook_binary():
    """The built command: $PHRASEBOOK_BIN, or the debug build `swift build` leaves in .build/."""
    return os.environ.get("PHRASEBOOK_BIN") or str(ROOT / ".build" / "debug" / "phrasebook")


class Served:
    """A running `phrasebook serve` over a scratch copy of Content/ (and of Templates/)."""

    def __init__(self, prepare=None, port=0, arguments=()):
        """Starts the server on `port` (0: a free one) with `arguments` added; `prepare`, when given, is called
        with the content copy's path first (to start from content that does not build, say)."""
        self.scratch = pathlib.Path(tempfile.mkdtemp(prefix="phrasebook-serve-test-"))
        self.content = self.scratch / "Content"
        self.templates = self.scratch / "Templates"
        shutil.copytree(ROOT / "Content", self.content)
        shutil.copytree(ROOT / "Templates", self.templates)
        if prepare:
            prepare(self.content)
        self.lines = queue.Queue()
        self.printed = []  # every line the server printed to the terminal (standard error), in order
        self.standard_output = queue.Queue()  # the lines it printed to standard output
        self.process = subprocess.Popen(
            [phrasebook_binary(), "serve", "--port", str(port), "--content", str(self.content),
             "--templates", str(self.templates), *arguments],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=self.scratch)
        threading.Thread(target=self._read_terminal, daemon=True).start()
        threading.Thread(target=self._read_standard_output, daemon=True).start()
        folder = self.wait_for_line(r"^preview folder: (\S+) ", timeout=60)
        self.preview = pathlib.Path(re.search(r"^preview folder: (\S+) ", folder).group(1))
        line = self.wait_for_line(r"serving http://127\.0\.0\.1:(\d+)/", timeout=120)
        self.port = int(re.search(r":(\d+)/", line).group(1))

    def _read_terminal(self):
        for line in self.process.stderr:
            self.printed.append(line.rstrip("\n"))
            self.lines.put(line.rstrip("\n"))

    def _read_standard_output(self):
        for line in self.process.stdout:
            self.standard_output.put(line.rstrip("\n"))

    def wait_for_line(self, pattern, timeout=30):
        """The next line the server prints to the terminal that matches `pattern`."""
        deadline = time.time() + timeout
        while time.time() < deadline:
            try:
                line = self.lines.get(timeout=max(0.05, deadline - time.time()))
            except queue.Empty:
                break
            if re.search(pattern, line):
                return line
        raise TimeoutError(f"the server printed no line matching {pattern!r} within {timeout} s")

    def url(self, path=""):
        return f"http://127.0.0.1:{self.port}/{path}"

    def get(self, raw_path):
        """GETs `raw_path` exactly as written (no client-side normalisation); returns (status, body text)."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        connection.putrequest("GET", raw_path, skip_accept_encoding=True)
        connection.endheaders()
        response = connection.getresponse()
        body = response.read().decode("utf-8", "replace")
        connection.close()
        return response.status, body

    def head(self, raw_path):
        """HEADs `raw_path`; returns (status, Content-Length header, body bytes received)."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        connection.request("HEAD", raw_path)
        response = connection.getresponse()
        body = response.read()
        connection.close()
        return response.status, response.getheader("Content-Length"), body

    def events(self, page=None):
        """A queue that receives (event, data) pairs from the server's live-reload WebSocket, read on a thread:
        each message gives ("generation", its number), then ("problems", the diagnostics) after a failed build.
        With `page` (a path such as "/situations/silent-call.html") the connection says it is for that page, as
        the live-reload script does."""
        received = queue.Queue()
        socket = self.live_socket(page)

        def read():
            try:
                while True:
                    state = json.loads(socket.recv())
                    received.put(("generation", str(state["generation"])))
                    if "problems" in state:
                        received.put(("problems", state["problems"]))
            except Exception:  # the connection ends when the server stops
                pass

        threading.Thread(target=read, daemon=True).start()
        return received

    def live_socket(self, page=None):
        """A live-reload WebSocket connected as a page's script connects."""
        address = f"ws://127.0.0.1:{self.port}/__phrasebook/live" + (f"?page={page}" if page else "")
        return websocket.create_connection(address, timeout=60)

    def edit(self, relative, old, new):
        """Replaces `old` by `new` in a content file (written in one go, as an editor saves)."""
        path = self.content / relative
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not in {relative}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    def stop(self, how=signal.SIGTERM):
        """SIGTERM, as a service manager would send (or `how`); returns the exit status."""
        if self.process.poll() is None:
            self.process.send_signal(how)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.scratch, ignore_errors=True)
        return self.process.returncode


def next_event(events, name, timeout=30):
    """The next event called `name` from an `events()` queue, skipping others."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            event, data = events.get(timeout=max(0.05, deadline - time.time()))
        except queue.Empty:
            break
        if event == name:
            return data
    raise TimeoutError(f"no {name} event within {timeout} s")


def next_generation(events, at_least, timeout=60):
    """Waits for a `generation` event of `at_least` or later (a rebuild that showed the open pages first
    announces its generation, then repeats it when the whole site is built); returns the generation."""
    deadline = time.time() + timeout
    while True:
        generation = int(next_event(events, "generation", timeout=max(0.05, deadline - time.time())))
        if generation >= at_least:
            return generation
