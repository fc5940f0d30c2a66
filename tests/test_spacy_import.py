"""spaCy is imported without its command line for the engine (cold start), and stays spaCy."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytest.importorskip("spacy")

# In a fresh interpreter: whether spaCy was imported before decides what import_spacy does.
PROBE = """
import sys
import redaction
redaction.Redactor  # imports the engine, and spaCy with it
left_out = sorted(name for name in ("typer", "weasel", "spacy.cli", "spacy.cli.info") if name in sys.modules)
import spacy
about = spacy.info(silent=True)  # spaCy's own `info`, imported now
import spacy.cli
from spacy.cli.info import info
print(left_out, about["spacy_version"] == spacy.__version__, spacy.cli.info is info, "typer" in sys.modules)
"""


def test_the_engine_imports_spacy_without_its_command_line_which_still_works() -> None:
    done = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.split("\n")[0] == "[] True True True", done.stdout + done.stderr
