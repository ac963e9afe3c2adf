#!/usr/bin/env python3
"""Generate Sources/PhrasebookKit/TextLayout/UnicodeTables.swift.

Reads the Unicode Character Database files shipped by Debian's `unicode-data`
package (default directory /usr/share/unicode) and writes compact, sorted range
tables for the properties the text layout engine needs:

  * display width class: zero width (General_Category Mn, Me, Cc, Cf, Zl, Zp),
    East Asian Width W/F (wide) and A (ambiguous), extending (Grapheme_Extend
    letters, General_Category Lm: they join the cluster before them yet take a
    column of their own, as the half-width katakana sound marks do); everything
    else is narrow;
  * emoji flags from emoji/emoji-data.txt: Emoji, Emoji_Presentation,
    Extended_Pictographic;
  * Line_Break classes from LineBreak.txt (a few rarely used classes are folded
    into the classes the engine handles: AI, SA, SG, XX -> AL; CJ -> NS).

Each table is a flat `[UInt32]` of (start, end, value) triples, sorted by start,
non-overlapping, with adjacent equal values merged; the default value (narrow,
no emoji flags, AL) is not stored. Lookups use binary search.

Usage:  python3 scripts/generate-unicode-tables.py [--ucd DIR] [--output FILE]
"""

from __future__ import annotations

import argparse
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
DEFAULT_OUTPUT = os.path.join(REPO, "Sources", "PhrasebookKit", "TextLayout", "UnicodeTables.swift")
SCRIPT_NAME = "scripts/generate-unicode-tables.py"

MAX_CP = 0x10FFFF

# Line_Break classes kept by the engine, in raw-value order (raw value = index).
# AL first: it is the default and is not stored in the table.
LINE_BREAK_CLASSES = [
    "AL", "BK", "CR", "LF", "NL", "SP", "ZW", "ZWJ", "CM", "GL", "WJ",
    "CL", "CP", "OP", "QU", "NS", "EX", "IS", "SY", "HY", "BA", "BB", "B2",
    "IN", "NU", "ID", "PO", "PR", "H2", "H3", "JL", "JV", "JT", "RI", "EB",
    "EM", "HL", "CB",
]
LINE_BREAK_FOLD = {"AI": "AL", "SA": "AL", "SG": "AL", "XX": "AL", "CJ": "NS",
                   # Classes added after Unicode 15.0, should a newer UCD be used.
                   "AK": "AL", "AP": "AL", "AS": "AL", "VF": "CM", "VI": "CM"}

LINE_BREAK_DOC = {
    "AL": "Ordinary alphabetic and symbol characters (also AI, SA, SG, XX folded in).",
    "BK": "Mandatory break.", "CR": "Carriage return.", "LF": "Line feed.",
    "NL": "Next line.", "SP": "Space.", "ZW": "Zero width space.",
    "ZWJ": "Zero width joiner.", "CM": "Combining mark.",
    "GL": "Non-breaking (glue).", "WJ": "Word joiner.",
    "CL": "Closing punctuation.", "CP": "Closing parenthesis.",
    "OP": "Opening punctuation.", "QU": "Ambiguous quotation.",
    "NS": "Nonstarter (also CJ folded in).", "EX": "Exclamation / interrogation.",
    "IS": "Infix numeric separator.", "SY": "Symbols allowing break after.",
    "HY": "Hyphen.", "BA": "Break after.", "BB": "Break before.",
    "B2": "Break opportunity before and after (em dash).",
    "IN": "Inseparable (ellipsis).", "NU": "Numeric.", "ID": "Ideographic.",
    "PO": "Postfix numeric.", "PR": "Prefix numeric.",
    "H2": "Hangul LV syllable.", "H3": "Hangul LVT syllable.",
    "JL": "Hangul leading jamo.", "JV": "Hangul vowel jamo.",
    "JT": "Hangul trailing jamo.", "RI": "Regional indicator.",
    "EB": "Emoji base.", "EM": "Emoji modifier.", "HL": "Hebrew letter.",
    "CB": "Contingent break opportunity.",
}

# Width classes (raw values). 0 (narrow) is the default and is not stored.
WIDTH_NARROW, WIDTH_ZERO, WIDTH_WIDE, WIDTH_AMBIGUOUS, WIDTH_EXTENDING = 0, 1, 2, 3, 4
ZERO_WIDTH_CATEGORIES = {"Mn", "Me", "Cc", "Cf", "Zl", "Zp"}

# Emoji flag bits.
EMOJI_BIT = {"Emoji": 1, "Emoji_Presentation": 2, "Extended_Pictographic": 4}

# Documented defaults for unlisted code points (see the file headers).
EAW_DEFAULT_WIDE = [(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF),
                    (0x20000, 0x2FFFD), (0x30000, 0x3FFFD)]
LB_DEFAULTS = [((0x3400, 0x4DBF), "ID"), ((0x4E00, 0x9FFF), "ID"), ((0xF900, 0xFAFF), "ID"),
               ((0x20000, 0x2FFFD), "ID"), ((0x30000, 0x3FFFD), "ID"),
               ((0x1F000, 0x1FAFF), "ID"), ((0x1FC00, 0x1FFFD), "ID"),
               ((0x20A0, 0x20CF), "PR")]

LINE_RE = re.compile(r"^\s*([0-9A-Fa-f]+)(?:\.\.([0-9A-Fa-f]+))?\s*;\s*([A-Za-z_0-9]+)")


def parse_ranges(path):
    """Yield (start, end, value) for each data line of a UCD-style file."""
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.split("#", 1)[0]
            match = LINE_RE.match(line)
            if not match:
                continue
            start = int(match.group(1), 16)
            end = int(match.group(2), 16) if match.group(2) else start
            yield start, end, match.group(3)


def file_version(path):
    """Return the version from a header such as '# LineBreak-15.0.0.txt'."""
    with open(path, encoding="utf-8") as handle:
        first = handle.readline()
    match = re.search(r"-(\d+\.\d+\.\d+)\.txt", first)
    return match.group(1) if match else None


def emoji_version(path):
    with open(path, encoding="utf-8") as handle:
        for _ in range(40):
            line = handle.readline()
            match = re.search(r"Emoji Version (\d+\.\d+)", line)
            if match:
                return match.group(1)
    return None


class Painter:
    """A sparse map from code point to value, painted range by range."""

    def __init__(self):
        self.values = {}

    def paint(self, start, end, value):
        for cp in range(start, end + 1):
            self.values[cp] = value

    def ranges(self, default):
        out = []
        for cp in sorted(self.values):
            value = self.values[cp]
            if value == default:
                continue
            if out and out[-1][1] == cp - 1 and out[-1][2] == value:
                out[-1][1] = cp
            else:
                out.append([cp, cp, value])
        return [tuple(r) for r in out]


def build_width(ucd):
    eaw_path = os.path.join(ucd, "EastAsianWidth.txt")
    gc_path = os.path.join(ucd, "extracted", "DerivedGeneralCategory.txt")
    core_path = os.path.join(ucd, "DerivedCoreProperties.txt")
    painter = Painter()
    for start, end in EAW_DEFAULT_WIDE:
        painter.paint(start, end, WIDTH_WIDE)
    for start, end, value in parse_ranges(eaw_path):
        if value in ("W", "F"):
            painter.paint(start, end, WIDTH_WIDE)
        elif value == "A":
            painter.paint(start, end, WIDTH_AMBIGUOUS)
        else:
            painter.paint(start, end, WIDTH_NARROW)
    letters = set()
    for start, end, value in parse_ranges(gc_path):
        if value in ZERO_WIDTH_CATEGORIES:
            painter.paint(start, end, WIDTH_ZERO)
        elif value == "Lm":
            letters.update(range(start, end + 1))
    # A letter that extends the cluster before it (Grapheme_Extend) keeps its column.
    for start, end, value in parse_ranges(core_path):
        if value == "Grapheme_Extend":
            for cp in range(start, end + 1):
                if cp in letters:
                    painter.paint(cp, cp, WIDTH_EXTENDING)
    # Hangul medial vowels and final consonants (conjoining jamo) have no width of
    # their own: they combine with a preceding leading consonant.
    painter.paint(0x1160, 0x11FF, WIDTH_ZERO)
    painter.paint(0xD7B0, 0xD7FF, WIDTH_ZERO)
    return painter.ranges(WIDTH_NARROW), [eaw_path, gc_path, core_path]


def build_emoji(ucd):
    path = os.path.join(ucd, "emoji", "emoji-data.txt")
    flags = {}
    for start, end, value in parse_ranges(path):
        bit = EMOJI_BIT.get(value)
        if not bit:
            continue
        for cp in range(start, end + 1):
            flags[cp] = flags.get(cp, 0) | bit
    painter = Painter()
    painter.values = flags
    return painter.ranges(0), [path]


def build_line_break(ucd):
    path = os.path.join(ucd, "LineBreak.txt")
    painter = Painter()
    index = {name: i for i, name in enumerate(LINE_BREAK_CLASSES)}
    for (start, end), value in LB_DEFAULTS:
        painter.paint(start, end, index[value])
    for start, end, value in parse_ranges(path):
        value = LINE_BREAK_FOLD.get(value, value)
        if value not in index:
            sys.exit(f"unknown Line_Break class {value!r} in {path}")
        painter.paint(start, end, index[value])
    return painter.ranges(index["AL"]), [path]


def swift_table(name, doc, ranges, per_line=4):
    lines = [f"    /// {doc}", f"    static let {name}: [UInt32] = ["]
    row = []
    for start, end, value in ranges:
        row.append(f"0x{start:05X}, 0x{end:05X}, {value}")
        if len(row) == per_line:
            lines.append("        " + ", ".join(row) + ",")
            row = []
    if row:
        lines.append("        " + ", ".join(row) + ",")
    lines.append("    ]")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ucd", default="/usr/share/unicode", help="directory holding the UCD files")
    parser.add_argument("--output", default=DEFAULT_OUTPUT, help="Swift file to write")
    args = parser.parse_args()

    width, width_files = build_width(args.ucd)
    emoji, emoji_files = build_emoji(args.ucd)
    line_break, lb_files = build_line_break(args.ucd)

    versions = {file_version(p) for p in width_files + lb_files}
    versions.discard(None)
    if len(versions) != 1:
        sys.exit(f"UCD files disagree on their version: {sorted(versions)}")
    version = versions.pop()
    emoji_ver = emoji_version(emoji_files[0]) or "unknown"

    sources = [os.path.relpath(p, args.ucd) for p in width_files + emoji_files + lb_files]
    out = []
    out.append("// GENERATED FILE: DO NOT EDIT BY HAND.")
    out.append(f"// Generated by {SCRIPT_NAME} from the Unicode Character Database,")
    out.append(f"// Unicode {version} (emoji data: Emoji {emoji_ver}), as shipped in {args.ucd}")
    out.append("// (Debian package unicode-data). Source files:")
    for source in sources:
        out.append(f"//   {source}")
    out.append(f"// To regenerate: python3 {SCRIPT_NAME}")
    out.append("")
    out.append("// swift-format-ignore-file")
    out.append("")
    out.append("/// Line_Break classes (UAX #14) used by the layout engine.")
    out.append("///")
    out.append("/// Rarely used classes are folded: AI, SA, SG and XX become ``AL``; CJ becomes ``NS``.")
    out.append("enum LineBreakClass: UInt8, Sendable, CaseIterable {")
    for i, name in enumerate(LINE_BREAK_CLASSES):
        out.append(f"    /// {LINE_BREAK_DOC[name]}")
        out.append(f"    case {name} = {i}")
    out.append("}")
    out.append("")
    out.append("/// Width classes stored in ``UnicodeTables/width``.")
    out.append("enum WidthClass: UInt8, Sendable {")
    out.append("    /// One column (East Asian Width N, Na, H).")
    out.append(f"    case narrow = {WIDTH_NARROW}")
    out.append("    /// No column: General_Category Mn, Me, Cc, Cf, Zl, Zp, and conjoining Hangul vowels/finals.")
    out.append(f"    case zero = {WIDTH_ZERO}")
    out.append("    /// Two columns (East Asian Width W or F).")
    out.append(f"    case wide = {WIDTH_WIDE}")
    out.append("    /// East Asian Width A: one or two columns depending on context.")
    out.append(f"    case ambiguous = {WIDTH_AMBIGUOUS}")
    out.append("    /// One column even after the base whose cluster it joins: Grapheme_Extend letters (General_Category Lm),")
    out.append("    /// the half-width katakana sound marks.")
    out.append(f"    case extending = {WIDTH_EXTENDING}")
    out.append("}")
    out.append("")
    out.append("/// Compact Unicode property tables: flat arrays of (start, end, value) triples,")
    out.append("/// sorted by start and non-overlapping; code points not covered take the default.")
    out.append("enum UnicodeTables {")
    out.append("    /// The Unicode version the tables were generated from.")
    out.append(f'    static let unicodeVersion = "{version}"')
    out.append("")
    out.append("    /// Emoji flag bit: the Emoji property.")
    out.append(f"    static let emojiBit: UInt32 = {EMOJI_BIT['Emoji']}")
    out.append("    /// Emoji flag bit: the Emoji_Presentation property.")
    out.append(f"    static let emojiPresentationBit: UInt32 = {EMOJI_BIT['Emoji_Presentation']}")
    out.append("    /// Emoji flag bit: the Extended_Pictographic property.")
    out.append(f"    static let extendedPictographicBit: UInt32 = {EMOJI_BIT['Extended_Pictographic']}")
    out.append("")
    out.append(swift_table("width", f"Width classes (raw values of ``WidthClass``); default narrow. {len(width)} ranges.", width))
    out.append("")
    out.append(swift_table("emoji", f"Emoji flag bits; default 0. {len(emoji)} ranges.", emoji))
    out.append("")
    out.append(swift_table("lineBreak", f"Line_Break classes (raw values of ``LineBreakClass``); default AL. {len(line_break)} ranges.", line_break))
    out.append("}")
    out.append("")

    with open(args.output, "w", encoding="utf-8") as handle:
        handle.write("\n".join(out))
    print(f"wrote {args.output}: Unicode {version}, width {len(width)}, emoji {len(emoji)}, "
          f"lineBreak {len(line_break)} ranges")


if __name__ == "__main__":
    main()
