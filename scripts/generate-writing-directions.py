#!/usr/bin/env python3
"""Generate Sources/PhrasebookKit/Model/WritingDirectionTables.swift.

Which scripts, and which languages, are written right to left, for the `dir` attribute the HTML pages give each
text (Documentation/ContentFormat.md, "Languages written right to left"):

  * a script runs right to left when most of its characters of a strong bidi class are R or AL: the scripts'
    ISO 15924 codes come from PropertyValueAliases.txt (sc), their characters from Scripts.txt and the bidi
    classes from extracted/DerivedBidiClass.txt (the Unicode Character Database as Debian's `unicode-data`
    package ships it, default directory /usr/share/unicode);
  * a language's likely script is CLDR's likely subtags (scripts/data/cldr/likelySubtags.json, checked in with
    its licence): the languages whose likely script runs right to left, and the language-region pairs whose likely
    script runs the other way from the language's alone (az-IR, pa-PK; sd-IN).

Usage:  python3 scripts/generate-writing-directions.py [--ucd DIR] [--cldr FILE] [--output FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
DEFAULT_OUTPUT = os.path.join(REPO, "Sources", "PhrasebookKit", "Model", "WritingDirectionTables.swift")
DEFAULT_CLDR = os.path.join(HERE, "data", "cldr", "likelySubtags.json")
SCRIPT_NAME = "scripts/generate-writing-directions.py"

LINE_RE = re.compile(r"^\s*([0-9A-Fa-f]+)(?:\.\.([0-9A-Fa-f]+))?\s*;\s*([^;#\s]+)")
REGION_RE = re.compile(r"^(?:[A-Z]{2}|[0-9]{3})$")


def parse_ranges(path):
    """Yield (start, end, value) for each data line of a UCD-style file."""
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            match = LINE_RE.match(line.split("#", 1)[0])
            if match:
                start = int(match.group(1), 16)
                yield start, int(match.group(2), 16) if match.group(2) else start, match.group(3)


def file_version(path):
    """The version from a header such as '# Scripts-15.0.0.txt'."""
    with open(path, encoding="utf-8") as handle:
        match = re.search(r"-(\d+\.\d+\.\d+)\.txt", handle.readline())
    if not match:
        sys.exit(f"{path}: no version in its first line")
    return match.group(1)


def script_directions(ucd):
    """ISO 15924 code (lower case) -> True when the script runs right to left, for every script Unicode encodes."""
    codes = {}
    with open(os.path.join(ucd, "PropertyValueAliases.txt"), encoding="utf-8") as handle:
        for line in handle:
            fields = [field.strip() for field in line.split("#", 1)[0].split(";")]
            if len(fields) >= 3 and fields[0] == "sc":
                codes[fields[2]] = fields[1]
    bidi = {}
    for start, end, value in parse_ranges(os.path.join(ucd, "extracted", "DerivedBidiClass.txt")):
        if value in ("L", "R", "AL"):
            for code_point in range(start, end + 1):
                bidi[code_point] = value
    strong = {}
    for start, end, name in parse_ranges(os.path.join(ucd, "Scripts.txt")):
        counts = strong.setdefault(codes[name], Counter())
        for code_point in range(start, end + 1):
            if code_point in bidi:
                counts["L" if bidi[code_point] == "L" else "R"] += 1
    # Common, Inherited and Unknown are no language's script; every other script has strong letters.
    return {
        code.lower(): counts["R"] > counts["L"]
        for code, counts in strong.items() if code not in ("Zyyy", "Zinh", "Zzzz")
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ucd", default="/usr/share/unicode", help="directory holding the UCD files")
    parser.add_argument("--cldr", default=DEFAULT_CLDR, help="CLDR's likelySubtags.json")
    parser.add_argument("--output", default=DEFAULT_OUTPUT, help="Swift file to write")
    args = parser.parse_args()

    scripts = script_directions(args.ucd)
    with open(args.cldr, encoding="utf-8") as handle:
        cldr = json.load(handle)["supplemental"]
    likely = cldr["likelySubtags"]

    def script_of(tag):
        """The script subtag of a likely subtags value (`ar-Arab-EG` -> `arab`)."""
        parts = tag.split("-")
        return parts[1].lower() if len(parts) > 1 and len(parts[1]) == 4 else None

    def runs_right_to_left(tag):
        return scripts.get(script_of(tag), False)

    languages = sorted(key for key in likely if "-" not in key and key != "und" and runs_right_to_left(likely[key]))
    regional = {}
    for key, value in likely.items():
        parts = key.split("-")
        if len(parts) != 2 or not REGION_RE.match(parts[1]) or parts[0] not in likely:
            continue
        if runs_right_to_left(value) != runs_right_to_left(likely[parts[0]]):
            regional[key.lower()] = runs_right_to_left(value)

    version = cldr["version"]["_cldrVersion"]
    ucd_version = file_version(os.path.join(args.ucd, "Scripts.txt"))
    out = [
        "// GENERATED FILE: DO NOT EDIT BY HAND.",
        f"// Generated by {SCRIPT_NAME} from the Unicode Character Database,",
        f"// Unicode {ucd_version}, as shipped in /usr/share/unicode (Debian package unicode-data):",
        "//   PropertyValueAliases.txt, Scripts.txt, extracted/DerivedBidiClass.txt",
        f"// and Unicode CLDR {version}'s likely subtags (scripts/data/cldr/likelySubtags.json).",
        f"// To regenerate: python3 {SCRIPT_NAME}",
        "",
        "// swift-format-ignore-file",
        "",
        "/// Which scripts and languages are written right to left (``WritingDirection``).",
        "enum WritingDirectionTables {",
        "    /// Every script Unicode encodes by its ISO 15924 code, lower-cased: `true` when it runs right to left (most",
        "    /// of its letters are of the bidi class R or AL).",
        "    static let scripts: [String: Bool] = [",
    ]
    out += wrapped([f'"{code}": {str(rtl).lower()}' for code, rtl in sorted(scripts.items())])
    out += [
        "    ]",
        "",
        "    /// The language subtags whose likely script (CLDR) runs right to left.",
        "    static let rightToLeftLanguages: Set<String> = [",
    ]
    out += wrapped([f'"{language}"' for language in languages])
    out += [
        "    ]",
        "",
        "    /// Language-region pairs (`az-ir`), lower-cased, whose likely script runs the other way from the language's",
        "    /// alone: `true` when it runs right to left.",
        "    static let regions: [String: Bool] = [",
    ]
    out += wrapped([f'"{key}": {str(rtl).lower()}' for key, rtl in sorted(regional.items())])
    out += ["    ]", "}", ""]
    with open(args.output, "w", encoding="utf-8") as handle:
        handle.write("\n".join(out))


def wrapped(items, width=120):
    """`items` joined by commas into lines of at most `width` columns, indented by eight spaces."""
    lines, line = [], ""
    for item in items:
        candidate = f"{line} {item}," if line else f"        {item},"
        if len(candidate) > width and line:
            lines.append(line)
            line = f"        {item},"
        else:
            line = candidate
    if line:
        lines.append(line)
    return lines


if __name__ == "__main__":
    main()
