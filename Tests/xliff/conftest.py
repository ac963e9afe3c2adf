"""Fixtures for the XLIFF real-client tests: the built phrasebook executable and a scratch copy of the content."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def phrasebook():
    """Runs the phrasebook executable (PHRASEBOOK_BIN, or .build/debug/phrasebook) and returns the result."""
    binary = os.environ.get("PHRASEBOOK_BIN", str(REPOSITORY / ".build" / "debug" / "phrasebook"))
    if not Path(binary).exists():
        pytest.fail(f"{binary} not found: run swift build first")

    def run(*arguments, check=True):
        result = subprocess.run([binary, *arguments], capture_output=True, text=True)
        if check and result.returncode != 0:
            raise AssertionError(f"phrasebook {' '.join(arguments)} failed: {result.stderr}")
        return result

    return run


@pytest.fixture
def content(tmp_path):
    """A scratch copy of the shipped content."""
    destination = tmp_path / "Content"
    shutil.copytree(REPOSITORY / "Content", destination)
    return destination
