"""Search keywords for a new language through XLIFF (`export --keywords`): translate-toolkit reads the keywords units
of a Japanese export of the shipped book, its writer saves targets typed into two of them, and import puts exactly
those two `<ja>` elements into the situations' `<keywords>`, after the languages there, indented like them."""

import re
import xml.etree.ElementTree as ET

from translate.storage import xliff, xliff2

NS = {"x": "urn:oasis:names:tc:xliff:document:1.2"}
ENGLISH = '<language code="en" tag="en" name="English"/>'


def add_japanese(content):
    """Declares Japanese, a new draft language with no renderings yet, in the scratch copy of the content."""
    book = content / "phrasebook.xml"
    text = book.read_text(encoding="utf-8")
    assert ENGLISH in text
    book.write_text(
        text.replace(ENGLISH, ENGLISH + '\n    <language code="ja" tag="ja" name="日本語" draft="true"/>'),
        encoding="utf-8",
    )


def source_keywords(content):
    """Each situation's Chinese search keywords, white space folded, by situation id."""
    keywords = {}
    for path in sorted((content / "situations").glob("*.xml")):
        element = ET.parse(path).getroot().find("keywords/zh")
        if element is not None and element.text and element.text.strip():
            keywords[path.stem] = " ".join(element.text.split())
    return keywords


def added_lines(before, content):
    """The lines each changed content file gained, by file name; asserts that no line was changed or lost."""
    added = {}
    for path, old in before.items():
        new = path.read_bytes()
        if new == old:
            continue
        old_lines, new_lines = old.decode().splitlines(), new.decode().splitlines()
        gained = list(new_lines)
        for line in old_lines:
            gained.remove(line)
        assert len(new_lines) == len(old_lines) + len(gained), path
        added[path.name] = gained
    return added


def test_keywords_units_round_trip_through_translate_toolkit_into_the_situations(phrasebook, content, tmp_path):
    add_japanese(content)
    path = tmp_path / "ja.xlf"
    phrasebook(
        "export", "--content", str(content), "--xliff", "1.2", "--language", "ja", "--keywords", "--output", str(path)
    )
    expected = source_keywords(content)
    assert len(expected) > 50

    store = xliff.xlifffile.parsefile(str(path))
    by_id = {unit.xmlelement.get("id"): unit for unit in store.getunits()}
    keywords = {unit_id: unit for unit_id, unit in by_id.items() if unit_id.endswith(".keywords")}
    assert sorted(keywords) == sorted(f"situation.{situation}.keywords" for situation in expected)
    for unit_id, unit in keywords.items():
        situation = unit_id.split(".")[1]
        assert unit.source == expected[situation], unit_id
        assert not unit.target and not unit.istranslated(), unit_id
        assert unit.xmlelement.find("x:target", NS).get("state") == "needs-translation"
        assert unit.xmlelement.get("approved") is None
        notes = unit.getnotes()
        assert "Search words, not a translation" in notes and "日本語 (ja)" in notes, notes
    # Each keywords unit comes right after its situation's title.
    ids = list(by_id)
    for unit_id in keywords:
        assert ids[ids.index(unit_id) - 1] == unit_id.replace(".keywords", ".title")

    keywords["situation.angry-customer.keywords"].target = "怒鳴る客、クレーマー、激怒"
    keywords["situation.silent-call.keywords"].target = "無言電話、いたずら電話"
    saved = tmp_path / "ja-saved.xlf"
    store.savefile(str(saved))

    before = {p: p.read_bytes() for p in content.rglob("*.xml")}
    dry_run = phrasebook("import", "--content", str(content), "--dry-run", str(saved))
    assert "ja: 2 would change, 0 marked reviewed" in dry_run.stdout, dry_run.stdout
    assert {p: p.read_bytes() for p in content.rglob("*.xml")} == before

    result = phrasebook("import", "--content", str(content), str(saved))
    assert result.stdout.startswith("ja: 2 changed, 0 marked reviewed"), result.stdout
    assert added_lines(before, content) == {
        "angry-customer.xml": ["    <ja>怒鳴る客、クレーマー、激怒</ja>"],
        "silent-call.xml": ["    <ja>無言電話、いたずら電話</ja>"],
    }
    text = (content / "situations" / "silent-call.xml").read_text(encoding="utf-8")
    assert re.search(r"<en>[^<]*</en>\n    <ja>無言電話、いたずら電話</ja>\n  </keywords>", text), text
    again = phrasebook("import", "--content", str(content), str(saved))
    assert "phrasebook: nothing to import" in again.stdout, again.stdout


def test_keywords_units_in_xliff_2_through_translate_toolkit(phrasebook, content, tmp_path):
    """2.0 through Xliff2File: keywords the content has for the language are the target; changed, they replace the
    language's element and nothing else; units translate-toolkit leaves without a target add nothing."""
    add_japanese(content)
    situation = content / "situations" / "complaint.xml"
    text = situation.read_text(encoding="utf-8")
    english = re.search(r"\n    <en>[^<]*</en>\n  </keywords>", text)
    situation.write_text(
        text[: english.start()] + english.group().replace("\n  </keywords>", "\n    <ja>クレーム</ja>\n  </keywords>")
        + text[english.end() :],
        encoding="utf-8",
    )
    path = tmp_path / "ja.xlf"
    phrasebook(
        "export", "--content", str(content), "--xliff", "2.0", "--language", "ja", "--keywords", "--output", str(path)
    )
    store = xliff2.Xliff2File.parsefile(str(path))
    by_id = {unit.getid(): unit for unit in store.getunits()}
    complaint = by_id["situation.complaint.keywords"]
    assert complaint.target == "クレーム"
    assert not by_id["situation.silent-call.keywords"].target
    complaint.target = "クレーム、苦情電話"
    saved = tmp_path / "ja-saved.xlf"
    store.savefile(str(saved))

    before = {p: p.read_bytes() for p in content.rglob("*.xml")}
    result = phrasebook("import", "--content", str(content), str(saved))
    assert result.stdout.startswith("ja: 1 changed, 0 marked reviewed"), result.stdout
    changed = [p.name for p, old in before.items() if p.read_bytes() != old]
    assert changed == ["complaint.xml"]
    assert situation.read_text(encoding="utf-8") == text[: english.start()] + english.group().replace(
        "\n  </keywords>", "\n    <ja>クレーム、苦情電話</ja>\n  </keywords>"
    ) + text[english.end() :]
