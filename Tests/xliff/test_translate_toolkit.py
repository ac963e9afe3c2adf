"""translate-toolkit (the library behind Weblate and Pootle) reads phrasebook's XLIFF 1.2 export with every unit,
state and placeholder intact, and targets changed through its own API import back into exactly those renderings."""

import re
import subprocess
import xml.etree.ElementTree as ET

from translate.storage import po, tbx, xliff, xliff2
from translate.storage.placeables import StringElem
from translate.storage.placeables.xliff import X

NS = {"x": "urn:oasis:names:tc:xliff:document:1.2"}


def prepare_states(phrasebook, content):
    """Gives the content one rendering in each review state: reviewed, stale, missing, unreviewed (the rest)."""
    phrasebook("review", "--content", str(content), "--language", "ko", "--id", "silent-call-connected")
    phrasebook("review", "--content", str(content), "--language", "ko", "--id", "silent-call-hang-up")
    situation = content / "situations" / "silent-call.xml"
    text = situation.read_text(encoding="utf-8")
    hang_up = re.search(r'<phrase id="silent-call-hang-up".*?<zh>(.*?)</zh>', text, re.S)
    text = text[: hang_up.start(1)] + hang_up.group(1) + "谢谢。" + text[hang_up.end(1) :]
    missing = re.search(r'(<phrase id="silent-call-connected".*?)(\s*<en>.*?</en>)', text, re.S)
    text = text[: missing.start(2)] + text[missing.end(2) :]
    situation.write_text(text, encoding="utf-8")


def export(phrasebook, content, language, path):
    phrasebook("export", "--content", str(content), "--xliff", "1.2", "--language", language, "--output", str(path))
    return path


def test_translate_toolkit_reads_every_unit_state_and_placeholder(phrasebook, content, tmp_path):
    prepare_states(phrasebook, content)
    expected = {}
    for language in ("ko", "en"):
        path = export(phrasebook, content, language, tmp_path / f"{language}.xlf")
        root = ET.parse(path).getroot()
        for unit in root.iterfind(".//x:trans-unit", NS):
            target = unit.find("x:target", NS)
            names = [x.get("id") for x in unit.find("x:source", NS).iterfind("x:x", NS)]
            expected[(language, unit.get("id"))] = (target.get("state"), names, "".join(target.itertext()))
        store = xliff.xlifffile.parsefile(str(path))
        units = store.getunits()
        assert len(units) == sum(1 for key in expected if key[0] == language) > 1000
        states = set()
        for unit in units:
            unit_id = unit.xmlelement.get("id")
            state, names, target = expected[(language, unit_id)]
            states.add(state)
            assert unit.xmlelement.find("x:target", NS).get("state") == state
            assert unit.get_state_n() == xliff.xliffunit.statemap[state], unit_id
            placeholders = [p.id for p in unit.rich_source[0].depth_first() if isinstance(p, X)]
            assert placeholders == names, unit_id
            assert (unit.target or "") == target or placeholders, unit_id
            assert unit.getnotes(), unit_id
    assert expected[("ko", "phrase.silent-call-connected")][0] == "final"
    assert expected[("ko", "phrase.silent-call-hang-up")][0] == "needs-review-translation"
    assert expected[("en", "phrase.silent-call-connected")][0] == "needs-translation"
    assert expected[("en", "phrase.silent-call-hang-up")][0] == "translated"
    assert any(names for _, names, _ in expected.values())


def test_translate_toolkit_sees_the_source_a_stale_rendering_was_reviewed_against_as_alt_trans(
    phrasebook, content, tmp_path
):
    """A stale unit carries the source it was reviewed against and its translation as an <alt-trans> after its target
    and notes (the schema's order), which translate-toolkit reads as an alternative; its target, saved back through
    translate-toolkit, is what import takes, never the alt-trans."""
    old = re.search(
        r'<phrase id="silent-call-hang-up".*?<zh>(.*?)</zh>',
        (content / "situations" / "silent-call.xml").read_text(encoding="utf-8"),
        re.S,
    ).group(1)
    prepare_states(phrasebook, content)
    path = export(phrasebook, content, "ko", tmp_path / "ko.xlf")
    element = ET.parse(path).getroot().find(".//x:trans-unit[@id='phrase.silent-call-hang-up']", NS)
    children = [child.tag.split("}")[1] for child in element]
    assert children[:2] == ["source", "target"] and children[-1] == "alt-trans", children
    assert set(children[2:-1]) == {"note"}, children

    store = xliff.xlifffile.parsefile(str(path))
    by_id = {unit.xmlelement.get("id"): unit for unit in store.getunits()}
    stale = by_id["phrase.silent-call-hang-up"]
    [alternative] = stale.getalttrans()
    assert alternative.source == old and stale.source == old + "谢谢。"
    assert alternative.target == stale.target and alternative.target.startswith("죄송합니다.")
    assert 0 < int(alternative.xmlelement.get("match-quality")) < 100
    assert [unit_id for unit_id, unit in by_id.items() if unit.getalttrans()] == ["phrase.silent-call-hang-up"]

    stale.target = "죄송합니다. 고객님 목소리가 들리지 않습니다. 다른 전화로 다시 걸어 주세요. 감사합니다. 고맙습니다."
    saved = tmp_path / "ko-saved.xlf"
    store.savefile(str(saved))
    result = phrasebook("import", "--content", str(content), str(saved))
    assert "ko: 1 changed" in result.stdout, result.stdout
    text = (content / "situations" / "silent-call.xml").read_text(encoding="utf-8")
    assert "<ko>죄송합니다. 고객님 목소리가 들리지 않습니다. 다른 전화로 다시 걸어 주세요. 감사합니다. 고맙습니다.</ko>" in text


def test_targets_changed_through_translate_toolkit_import_into_exactly_those_renderings(phrasebook, content, tmp_path):
    path = export(phrasebook, content, "en", tmp_path / "en.xlf")
    store = xliff.xlifffile.parsefile(str(path))
    by_id = {unit.xmlelement.get("id"): unit for unit in store.getunits()}
    plain = by_id["phrase.silent-call-connected"]
    plain.target = "Hello, your call has been put through."
    with_placeholder = next(
        unit for unit in store.getunits() if any(isinstance(p, X) for p in unit.rich_source[0].depth_first())
    )
    names = [p.id for p in with_placeholder.rich_source[0].depth_first() if isinstance(p, X)]
    kept = with_placeholder.rich_target[0]
    with_placeholder.rich_target = [StringElem([kept, " Thank you."])]
    title = by_id["situation.silent-call.title"]
    title.target = "A call with no voice"
    title.markfuzzy(False)
    title.xmlelement.find("x:target", NS).set("state", "final")
    changed = tmp_path / "en-changed.xlf"
    store.savefile(str(changed))

    before = {p: p.read_bytes() for p in content.rglob("*.xml")}
    result = phrasebook("import", "--content", str(content), str(changed))
    assert "en: 3 changed, 1 marked reviewed" in result.stdout
    after = {p: p.read_bytes() for p in content.rglob("*.xml")}
    changed_lines = []
    for file, old in before.items():
        old_lines = old.decode().splitlines()
        new_lines = after[file].decode().splitlines()
        assert len(old_lines) == len(new_lines), file
        changed_lines += [(file.name, o, n) for o, n in zip(old_lines, new_lines) if o != n]
    assert len(changed_lines) == 3, changed_lines
    texts = "\n".join(n for _, _, n in changed_lines)
    assert "<en>Hello, your call has been put through.</en>" in texts
    assert re.search(r'<en source-hash="[0-9a-f]{8}">A call with no voice</en>', texts)
    revised = next(n for _, _, n in changed_lines if "Thank you.</en>" in n)
    assert all("{" + name + "}" in revised for name in names)
    for _, old, new in changed_lines:
        assert re.sub(r"<en( source-hash=\"[0-9a-f]{8}\")?>.*?</en>", "", old) == re.sub(
            r"<en( source-hash=\"[0-9a-f]{8}\")?>.*?</en>", "", new
        )
    assert (content / "review-history.xml").exists()
    phrasebook("check", "--content", str(content), "--strict")


def test_a_stale_export_is_refused_and_nothing_is_written(phrasebook, content, tmp_path):
    """The lead changes a Chinese text after the export, and the translator translates the old one: refused. (A
    unit the translator left as exported is left out instead: test_an_untouched_unit_of_a_changed_source…)"""
    path = export(phrasebook, content, "ko", tmp_path / "ko.xlf")
    situation = next((content / "situations").glob("*.xml"))
    text = situation.read_text(encoding="utf-8")
    source = re.search(r"<zh>(.*?)</zh>", text)
    store = xliff.xlifffile.parsefile(str(path))
    for unit in store.getunits():
        if unit.source == source.group(1):
            unit.target = "바뀐 번역"
    store.savefile(str(path))
    situation.write_text(text[: source.end(1)] + "！" + text[source.end(1) :], encoding="utf-8")
    before = {p: p.read_bytes() for p in content.rglob("*.xml")}
    result = phrasebook("import", "--content", str(content), str(path), check=False)
    assert result.returncode == 1
    assert "[xliff-conflict]" in result.stderr
    assert "nothing was imported" in result.stderr
    assert {p: p.read_bytes() for p in content.rglob("*.xml")} == before


def test_an_untouched_unit_of_a_changed_source_is_left_out_and_the_rest_imported(phrasebook, content, tmp_path):
    path = export(phrasebook, content, "ko", tmp_path / "ko.xlf")
    situation = next((content / "situations").glob("*.xml"))
    text = situation.read_text(encoding="utf-8")
    source = re.search(r"<zh>(.*?)</zh>", text)
    store = xliff.xlifffile.parsefile(str(path))
    other = next(u for u in store.getunits() if u.source != source.group(1) and u.target and "{" not in u.source)
    other.target = "바뀐 번역입니다."
    store.savefile(str(path))
    situation.write_text(text[: source.end(1)] + "！" + text[source.end(1) :], encoding="utf-8")
    result = phrasebook("import", "--content", str(content), str(path))
    assert "ko: 1 changed" in result.stdout and "1 left out" in result.stdout, result.stdout
    assert any("바뀐 번역입니다." in p.read_text(encoding="utf-8") for p in content.rglob("*.xml"))


def test_a_rendering_edited_since_the_export_is_kept_or_refused_never_undone(phrasebook, content, tmp_path):
    """The lead fixes a Korean title after the export; the translator's file, saved by translate-toolkit, comes
    back later. A unit the translator left as exported keeps the lead's fix (the export's hash of each rendering,
    in `extradata`, survives translate-toolkit); a unit they changed too is refused, and nothing is written."""
    path = export(phrasebook, content, "ko", tmp_path / "ko.xlf")
    situation = content / "situations" / "silent-call.xml"
    text = situation.read_text(encoding="utf-8")
    title = re.search(r"<title>.*?<ko>(.*?)</ko>", text, re.S)
    fixed = title.group(1) + " (수정)"
    situation.write_text(text[: title.start(1)] + fixed + text[title.end(1) :], encoding="utf-8")

    store = xliff.xlifffile.parsefile(str(path))
    by_id = {unit.xmlelement.get("id"): unit for unit in store.getunits()}
    by_id["phrase.silent-call-connected"].target = "안녕하세요, 연결되었습니다."
    other = tmp_path / "ko-other.xlf"
    store.savefile(str(other))
    assert 'extradata="phrasebook-target-hash:' in other.read_text(encoding="utf-8")
    result = phrasebook("import", "--content", str(content), str(other))
    assert "ko: 1 changed" in result.stdout and "1 edited in the content since the export (kept)" in result.stdout
    now = situation.read_text(encoding="utf-8")
    assert fixed in now and "안녕하세요, 연결되었습니다." in now

    by_id["situation.silent-call.title"].target = "무응답 통화"
    both = tmp_path / "ko-both.xlf"
    store.savefile(str(both))
    before = {p: p.read_bytes() for p in content.rglob("*.xml")}
    result = phrasebook("import", "--content", str(content), str(both), check=False)
    assert result.returncode == 1
    assert "[xliff-conflict]" in result.stderr and "edited in the content since the export" in result.stderr
    assert {p: p.read_bytes() for p in content.rglob("*.xml")} == before


def test_translate_toolkit_reads_the_glossary_exported_as_tbx_2(phrasebook, content, tmp_path):
    """Weblate imports a glossary through translate-toolkit, which reads TBX 2 (<martif>), not TBX 3: --tbx-version 2
    gives every term, the source language's preferred form first and the next language's as its target."""
    path = tmp_path / "glossary.tbx"
    phrasebook("export", "--content", str(content), "--tbx", str(path), "--tbx-version", "2")
    store = tbx.tbxfile.parsefile(str(path))
    pairs = {(unit.source, unit.target) for unit in store.units}
    terms = re.findall(r"<term id=", (content / "phrasebook.xml").read_text(encoding="utf-8"))
    assert len(store.units) == len(terms) > 10
    assert ("售后", "A/S") in pairs and ("工程师", "엔지니어") in pairs


def glossary_terms(content):
    """The terms of phrasebook.xml's glossary: id, forms and forbidden forms per language, and notes per language."""
    root = ET.parse(content / "phrasebook.xml").getroot()
    terms = []
    for term in root.find("glossary").iterfind("term"):
        forms, forbidden, notes = {}, {}, {}
        for child in term:
            if child.tag == "forbidden":
                for form in child:
                    forbidden.setdefault(form.tag, []).append(form.text)
            elif child.tag == "note":
                notes.update({rendering.tag: rendering.text for rendering in child})
            else:
                forms.setdefault(child.tag, []).append(child.text)
        terms.append((term.get("id"), forms, forbidden, notes))
    return terms


def test_every_term_its_forms_and_notes_in_every_language_come_through_translate_toolkit(phrasebook, content, tmp_path):
    """The TBX 2 export read by translate-toolkit: every term, each language's forms with the forbidden ones
    deprecated, and each language's note, also of a language that has no form of the term (a note telling the
    translator to render it by context), which the export once dropped; `tbx2po -l LANG` gives each term's
    preferred form in that language."""
    path = tmp_path / "glossary.tbx"
    phrasebook("export", "--content", str(content), "--tbx", str(path), "--tbx-version", "2")
    store = tbx.tbxfile.parsefile(str(path))
    terms = glossary_terms(content)
    assert [unit.xmlelement.get("id") for unit in store.units] == [term_id for term_id, *_ in terms]
    tags = {"zh": "zh-Hans", "ko": "ko", "en": "en"}
    for unit, (term_id, forms, forbidden, notes) in zip(store.units, terms):
        for language, tag in tags.items():
            read = unit.get_source_terms() if language == "zh" else unit.get_target_terms(tag)
            expected = [(form, False) for form in forms.get(language, [])]
            expected += [(form, True) for form in forbidden.get(language, [])]
            assert [(term.text, term.deprecated) for term in read] == expected, (term_id, language)
        assert sorted(filter(None, unit.getnotes().split("\n"))) == sorted(notes.values()), term_id
    assert any(language not in forms and language in notes for _, forms, _, notes in terms for language in tags)

    for language in ("ko", "en"):
        po_path = tmp_path / f"glossary-{language}.po"
        subprocess.run(["tbx2po", "-l", language, str(path), str(po_path)], check=True, capture_output=True)
        pairs = {(unit.source, unit.target) for unit in po.pofile.parsefile(str(po_path)).units if unit.source}
        for _, forms, forbidden, _ in terms:
            target = (forms.get(language) or forbidden.get(language) or [""])[0]
            assert (forms["zh"][0], target) in pairs, (forms["zh"][0], language)


def changed_lines(before, content):
    """The lines of the content files that differ from `before` (path → bytes), as (file name, old, new); asserts
    that no file gained or lost a line and that no file other than the situations and the review history changed."""
    lines = []
    for file, old in before.items():
        new = file.read_bytes()
        if new == old:
            continue
        old_lines, new_lines = old.decode().splitlines(), new.decode().splitlines()
        assert len(old_lines) == len(new_lines), file
        lines += [(file.name, o, n) for o, n in zip(old_lines, new_lines) if o != n]
    return lines


def test_xliff_2_edited_through_translate_toolkit_imports_into_exactly_those_renderings(phrasebook, content, tmp_path):
    """XLIFF 2.0 through translate-toolkit's own reader and writer (Xliff2File): a target changed, a placeholder
    unit's words changed around its <ph>s, a unit approved, a translator's note added, the file written back
    (indented anew, attributes reordered): exactly those renderings change, and the same file again is a no-op.
    A target whose placeholders the translator deleted is refused, naming them, and nothing is written."""
    path = tmp_path / "ko.xlf"
    phrasebook("export", "--content", str(content), "--xliff", "2.0", "--language", "ko", "--output", str(path))
    store = xliff2.Xliff2File.parsefile(str(path))
    by_id = {unit.getid(): unit for unit in store.getunits()}
    by_id["phrase.silent-call-connected"].target = "안녕하세요, 연결되었습니다."
    hotline = by_id["phrase.answer-call-hotline"]
    pieces = hotline.rich_target[0].sub
    assert [type(piece).__name__ for piece in pieces].count("UnknownXML") == 2, pieces
    hotline.rich_target = [StringElem(["감사합니다! ", pieces[1], " 고객센터 상담원 ", pieces[3], pieces[4]])]
    by_id["situation.silent-call.title"].markapproved(True)
    by_id["phrase.silent-call-hang-up"].addnote("tone: softer?", origin="translator")
    saved = tmp_path / "ko-saved.xlf"
    store.savefile(str(saved))

    before = {p: p.read_bytes() for p in content.rglob("*.xml")}
    result = phrasebook("import", "--content", str(content), str(saved))
    assert result.stdout.startswith("ko: 2 changed, 1 marked reviewed"), result.stdout
    lines = changed_lines(before, content)
    texts = "\n".join(new for _, _, new in lines)
    assert len(lines) == 3, lines
    assert "<ko>안녕하세요, 연결되었습니다.</ko>" in texts
    assert "감사합니다! {company} 고객센터 상담원 {agent-number}" in texts
    assert re.search(r'<ko source-hash="[0-9a-f]{8}">무음 전화</ko>', texts), texts
    again = phrasebook("import", "--content", str(content), str(saved))
    assert "phrasebook: nothing to import" in again.stdout, again.stdout

    fresh = xliff2.Xliff2File.parsefile(str(path))
    unit = next(unit for unit in fresh.getunits() if unit.getid() == "phrase.answer-call-hotline")
    unit.rich_target = [StringElem(["감사합니다. 고객센터입니다."])]
    fresh.savefile(str(saved))
    settled = {p: p.read_bytes() for p in content.rglob("*.xml")}
    refused = phrasebook("import", "--content", str(content), str(saved), check=False)
    assert refused.returncode == 1 and "[xliff-placeholders]" in refused.stderr, refused.stderr
    assert "{agent-number} is missing" in refused.stderr and "{company} is missing" in refused.stderr
    assert {p: p.read_bytes() for p in content.rglob("*.xml")} == settled


def test_what_a_cat_tools_writer_changes_in_the_markup_changes_nothing_in_the_content(phrasebook, content, tmp_path):
    """The 1.2 export as other writers leave it, its words the same: written back by translate-toolkit, then with
    CRLF line ends, a namespace prefix on every element, non-ASCII characters as character references, CDATA, and
    empty targets self-closed. Importing it changes no content file, and says there was nothing to import."""
    path = export(phrasebook, content, "ko", tmp_path / "ko.xlf")
    xliff.xlifffile.parsefile(str(path)).savefile(str(path))
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"<(/?)(?=[a-z])", r"<\1xlf:", text).replace(
        'xmlns="urn:oasis:names:tc:xliff:document:1.2"', 'xmlns:xlf="urn:oasis:names:tc:xliff:document:1.2"'
    )
    text = re.sub(r"(<xlf:target[^>]*)></xlf:target>", r"\1/>", text)
    text = re.sub(
        r"(<xlf:target[^>/]*>)([^<]*)(</xlf:target>)",
        lambda m: m.group(1) + "".join(c if ord(c) < 128 else f"&#x{ord(c):X};" for c in m.group(2)) + m.group(3),
        text,
    )
    text = re.sub(r"(<xlf:source>)([^<]+)(</xlf:source>)", r"\1<![CDATA[\2]]>\3", text, count=50)
    assert "&#x" in text and "<![CDATA[" in text and "<xlf:trans-unit" in text
    path.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    before = {p: p.read_bytes() for p in content.rglob("*") if p.is_file()}
    result = phrasebook("import", "--content", str(content), str(path))
    assert "ko: 0 changed, 0 marked reviewed" in result.stdout, result.stdout
    assert "phrasebook: nothing to import" in result.stdout
    assert {p: p.read_bytes() for p in content.rglob("*") if p.is_file()} == before
