"""spaCy and Presidio are imported without what the engine never runs (cold start), and stay themselves."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytest.importorskip("spacy")

# In a fresh interpreter: whether spaCy was imported before decides what import_engine_libraries does.
PROBE = """
import sys
import redaction
redaction.Redactor  # imports the engine, and spaCy and Presidio with it
left_out = sorted(name for name in ("typer", "weasel", "spacy.cli", "spacy.cli.info", "tldextract", "requests")
                  if name in sys.modules)
import spacy
about = spacy.info(silent=True)  # spaCy's own `info`, imported now
import spacy.cli
from spacy.cli.info import info
from presidio_analyzer.predefined_recognizers.generic import email_recognizer
import tldextract
print(left_out, about["spacy_version"] == spacy.__version__, spacy.cli.info is info,
      email_recognizer.tldextract.extract is tldextract.extract, "typer" in sys.modules)
"""


def test_the_engine_imports_spacy_and_presidio_without_what_it_never_runs_which_still_works() -> None:
    done = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.split("\n")[0] == "[] True True True True", done.stdout + done.stderr
