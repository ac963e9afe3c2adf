"""A card sheet prints its cards at true size on the paper chosen: 2 x 5 cards a page on A4, 2 x 4 on US Letter,
each 85 x 55 mm, the grid centred on the page (a lead in the US prints on Letter; the sheet must not be an A4 page
shrunk to 94 % to fit it, which makes cards too small for their badge holders).

Printed by headless Chromium as a print dialog does (Page.printToPDF with the paper's size, the page's CSS page size
preferred when it names one, as Chromium's command line does) and measured with poppler's `pdfinfo` and `pdftotext -bbox`: the edition stamp in the
bottom-left corner of every card sits 3 mm from the card's left edge and 0.8 mm above its foot.
"""

import math
import re
import subprocess

import pytest

MM = 72 / 25.4  # PDF points in a millimetre
# name: paper width and height in inches (as printToPDF takes them), in mm, and rows of cards on one sheet
PAPERS = {"a4": (8.27, 11.69, 210, 297, 5), "letter": (8.5, 11, 215.9, 279.4, 4)}


def stamps(path, grid_bottom):
    """Each page's card stamps: the left edge and foot of the first word of every stamp (`2026-12 (hash)`) above
    `grid_bottom` (the sheet's legend, below the grid, says the stamp too), in mm from the page's top-left corner."""
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, check=True, text=True).stdout
    word = r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="[\d.]+" yMax="([\d.]+)">'
    pages = []
    for page in html.split("<page ")[1:]:
        found = re.findall(word + r"[^<]*</word>\s*" + word + r"\(\w{8}\)</word>", page)
        pages.append([(float(x) / MM, float(foot) / MM) for x, foot, _, _ in found if float(foot) / MM < grid_bottom])
    return pages


@pytest.mark.parametrize("chosen, address, paper", [
    ("a4", "", "a4"), ("letter", "", "letter"),
    # An address naming the paper prints on it whatever the printer's (a command-line print has no dialog).
    ("letter", "#paper-a4", "a4"), ("a4", "#paper-letter", "letter"),
])
def test_cards_print_at_true_size_on_the_paper_chosen(browser, output, tmp_path, chosen, address, paper):
    _, _, width, height, rows = PAPERS[paper]
    page = browser.page((output / "html" / "cards" / "hotline-agent.html").resolve().as_uri() + address)
    try:
        cards = page.eval("document.querySelectorAll('.paper-a4 .card').length")
        path = tmp_path / f"cards-{chosen}-{paper}.pdf"
        page.pdf(str(path), paperWidth=PAPERS[chosen][0], paperHeight=PAPERS[chosen][1])
    finally:
        page.close()
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, text=True).stdout
    size = re.search(r"^Page size:\s+([\d.]+) x ([\d.]+) pts", info, re.M)
    assert abs(float(size.group(1)) / MM - width) < 0.5 and abs(float(size.group(2)) / MM - height) < 0.5, info
    assert cards > 2 * rows, "the test needs more than one page of cards"
    left, top = (width - 170) / 2, (height - 55 * rows) / 2
    printed = stamps(path, top + 55 * rows)
    assert len(printed) == math.ceil(cards / (2 * rows)), f"{len(printed)} pages for {cards} cards on {paper}"
    assert sum(len(stamps_) for stamps_ in printed) == cards, "a card is missing or printed twice"
    # Where each stamp sits in its card: the same place in every card, 3 mm from its left edge and at its foot (the
    # glyphs' box reaches about to the card's edge), when the cards are 85 x 55 mm in a grid where it should be.
    offsets = []
    for number, on_page in enumerate(printed, 1):
        for x, foot in on_page:
            column, row = round((x - left - 3) / 85), math.floor((foot - 1 - top) / 55)
            assert column in (0, 1) and 0 <= row < rows, f"{paper} page {number}: a card outside the grid at {x:.1f} mm"
            offsets.append((x - left - 85 * column, foot - top - 55 * row))
    across = [x for x, _ in offsets]
    down = [y for _, y in offsets]
    assert all(abs(x - 3) < 0.3 for x in across), f"{paper}: cards are not 85 mm wide where they should be: {across}"
    assert max(down) - min(down) < 0.3 and 50 < min(down) <= max(down) < 55.5, f"{paper}: cards are not 55 mm high: {down}"
