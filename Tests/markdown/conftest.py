"""Fixtures of the Markdown tests: the shipped book's Markdown, built once per run.

`.ci/run` passes its build as PHRASEBOOK_OUTPUT; run alone (`python3 -m pytest Tests/markdown`), the tests build
the shipped content into a scratch folder with `swift run phrasebook build --format markdown`.
"""

import os
import pathlib
import subprocess
import tempfile

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def markdown_folder():
    """The `markdown/` folder of a build of the shipped content."""
    given = os.environ.get("PHRASEBOOK_OUTPUT")
    if given:
        return pathlib.Path(given) / "markdown"
    folder = pathlib.Path(tempfile.mkdtemp(prefix="phrasebook-markdown-")) / "Output"
    subprocess.run(
        ["swift", "run", "phrasebook", "build", "--format", "markdown", "--output", str(folder)], cwd=ROOT, check=True
    )
    return folder / "markdown"
