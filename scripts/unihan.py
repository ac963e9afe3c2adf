"""Reading Unihan's data files (Debian's `unicode-data` package ships them compressed under /usr/share/unicode):
shared by the generators of SimplifiedVariants.swift and assets/search-readings.js."""

from __future__ import annotations

import bz2
import re
import sys


def read_lines(path):
    """The lines of a Unihan file, plain or .bz2."""
    opener = bz2.open if path.endswith(".bz2") else open
    with opener(path, "rt", encoding="utf-8") as handle:
        yield from handle


def code_point(field):
    """`U+5E72` (Unihan may add a source after `<`) as a number."""
    match = re.match(r"U\+([0-9A-F]{4,6})", field)
    if not match:
        sys.exit(f"not a code point: {field!r}")
    return int(match.group(1), 16)


def entries(path, field):
    """(code point, value) of each line of `path` giving `field`, and the Unicode version the file names."""
    found = []
    version = None
    for line in read_lines(path):
        if line.startswith("#"):
            match = re.match(r"#\s*Unicode version:\s*(\S+)", line)
            if match:
                version = match.group(1)
            continue
        fields = line.rstrip("\n").split("\t")
        if len(fields) == 3 and fields[1] == field:
            found.append((code_point(fields[0]), fields[2]))
    if version is None:
        sys.exit(f"{path}: no '# Unicode version:' line")
    return found, version
