"""The HTML card sheets' build-time estimate matches what Chromium lays out: no card's text runs past its inner
area, and no situation is split over two cards when its phrases would have fitted on one. Blanks are underlined
inside their own line and never split; every sheet explains its marks and names its edition. On a phone the cards
stand in one column.

Measured in the page: each card's title and phrases are laid out by Chromium at true size (the sheet's CSS is
in millimetres), and a situation's continued cards are merged into one test card to see whether it would fit. The
A4 sheets are measured: the Letter sheets hold the same cards, laid out by the same style (test_cards_print.py).
"""

import pathlib

import pytest

MM = 96 / 25.4
INNER = 55 - 2 * 3  # the card's height less its padding, in mm (cards.css, CardSheet.swift)

MEASURE = """(() => {
  const MM = 96 / 25.4;
  function contentHeight(card) {
    const top = card.getBoundingClientRect().top + parseFloat(getComputedStyle(card).paddingTop);
    let bottom = top;
    for (const child of card.querySelectorAll(':scope > h2, :scope > .card-phrase'))
      bottom = Math.max(bottom, child.getBoundingClientRect().bottom);
    return (bottom - top) / MM;
  }
  const cards = [...document.querySelectorAll('.paper-a4 .card')];
  const heights = cards.map(card => [card.id, contentHeight(card)]);
  // Situations on more than one card, split between whole phrases: would they fit on one card?
  const groups = {};
  for (const card of cards) {
    const situation = card.id.replace(/^card-/, '').replace(/-\\d+$/, '');
    const base = document.getElementById('card-' + situation) ? situation : card.id.replace(/^card-/, '');
    (groups[base] = groups[base] || []).push(card);
  }
  const merged = [];
  for (const [situation, group] of Object.entries(groups)) {
    if (group.length < 2) continue;
    const phrases = group.flatMap(card => [...card.querySelectorAll('.card-phrase')].map(p => p.dataset.phrase));
    if (new Set(phrases).size !== phrases.length) continue;  // a phrase taller than a card: split on purpose
    const test = group[0].cloneNode(true);
    test.id = 'merged-' + situation;
    for (const card of group.slice(1))
      for (const phrase of card.querySelectorAll('.card-phrase')) test.appendChild(phrase.cloneNode(true));
    group[0].parentNode.appendChild(test);
    merged.push([situation, contentHeight(test)]);
    test.remove();
  }
  const slots = [...document.querySelectorAll('.paper-a4 .card .slot')].map(slot => [
    slot.textContent, slot.getClientRects().length, slot.getBoundingClientRect().height / MM,
    getComputedStyle(slot).boxShadow, getComputedStyle(slot).borderBottomWidth]);
  const legend = [...document.querySelectorAll('.paper-a4 .sheet')].map(sheet =>
    [...sheet.querySelectorAll('.sheet-legend')].map(p => p.textContent).join(' | '));
  return {heights, merged, slots, legend};
})()"""


def role_sheets(output):
    return sorted((output / "html" / "cards").glob("*.html"))


@pytest.fixture(scope="module")
def measured(browser, output):
    result = {}
    for path in role_sheets(output):
        page = browser.page(path.resolve().as_uri())
        try:
            result[path.stem] = page.eval(MEASURE)
        finally:
            page.close()
    assert len(result) >= 5
    return result


def test_no_card_overflows(measured):
    for role, data in measured.items():
        for card, height in data["heights"]:
            assert height <= INNER + 0.2, f"{role}: {card} needs {height:.1f} mm of {INNER} mm"


def test_no_situation_split_that_would_fit_on_one_card(measured):
    for role, data in measured.items():
        for situation, height in data["merged"]:
            assert height > INNER, f"{role}: {situation} is split but fits one card ({height:.1f} of {INNER} mm)"


def test_the_estimate_is_not_far_too_cautious(measured):
    # Cards the estimate filled should be well used: on the shipped content, the fullest card of each sheet is
    # laid out at more than three quarters of the card's height.
    for role, data in measured.items():
        fullest = max(height for _, height in data["heights"])
        assert fullest > 0.75 * INNER, f"{role}: the fullest card uses only {fullest:.1f} of {INNER} mm"


def test_blanks_are_underlined_on_one_line(measured):
    count = 0
    for role, data in measured.items():
        for text, rects, height, shadow, border in data["slots"]:
            assert rects == 1, f"{role}: the blank '{text}' is split over {rects} lines"
            # The underline is drawn inside the blank's own box, which is no taller than one line (3.5 mm).
            assert "inset" in shadow and border == "0px", f"{role}: '{text}' is not underlined inside its box"
            assert height <= 3.5 + 0.05, f"{role}: the blank '{text}' is {height:.2f} mm tall, more than a line"
            count += 1
    assert count > 20


def test_every_sheet_explains_its_marks_and_names_its_edition(measured):
    for role, data in measured.items():
        for legend in data["legend"]:
            assert "a blank to fill in" in legend and "↑" in legend and "rising tone" in legend, f"{role}: {legend}"
            assert "Edition 2026-12 (" in legend, f"{role}: {legend}"


PHONE = """(() => {
  const cards = [...document.querySelectorAll('.paper-a4 .card')].map(card => card.getBoundingClientRect());
  const legends = [...document.querySelectorAll('.sheet-legend')].filter(p => p.getClientRects().length);
  return {
    scrollWidth: document.documentElement.scrollWidth, width: innerWidth,
    cards: cards.map(r => [r.left, r.right, r.top, r.bottom, r.width / (96 / 25.4)]),
    legends: legends.map(p => p.textContent)
  };
})()"""


def test_on_a_phone_the_cards_stand_in_one_column_at_true_size(browser, output):
    """At 390 px wide a sheet shows its cards one under another in sheet order, 85 mm wide, none reaching past the
    screen's edge (the A4 page is 794 px wide), and its legend once; printing is laid out as before (the tests
    above measure the sheets at A4)."""
    for path in role_sheets(output)[:3]:
        page = browser.page(path.resolve().as_uri(), width=390)
        try:
            page.resize(390, 844, mobile=True)
            page.goto(path.resolve().as_uri())
            shown = page.eval(PHONE)
        finally:
            page.close()
        assert shown["scrollWidth"] <= shown["width"], f"{path.name}: the page scrolls sideways"
        cards = shown["cards"]
        assert len(cards) >= 2
        for left, right, top, bottom, width in cards:
            assert 0 <= left and right <= shown["width"] and abs(width - 85) < 0.5, f"{path.name}: {cards}"
        for above, below in zip(cards, cards[1:]):
            assert above[3] <= below[2], f"{path.name}: a card is not below the one before it"
        assert len(shown["legends"]) == 2 and "a blank to fill in" in shown["legends"][0], shown["legends"]
