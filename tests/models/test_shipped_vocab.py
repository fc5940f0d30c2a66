"""The shipped model carries no identifier-like strings from its synthetic training data, and no build paths."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

STRINGS = Path(__file__).resolve().parents[2] / "models" / "nl_woo" / "vocab" / "strings.json"


@pytest.mark.skipif(not STRINGS.is_file(), reason="models/nl_woo is not built")
def test_no_email_address_phone_number_or_account_number_in_the_vocabulary() -> None:
    strings = json.loads(STRINGS.read_text(encoding="utf-8"))
    assert len(strings) > 10_000  # the vocabulary itself is there
    leaks = [s for s in strings if "@" in s or re.search(r"\d(?:[\s.\-/]?\d){5}", s)]
    assert leaks == []


CONFIG = STRINGS.parents[1] / "config.cfg"


@pytest.mark.skipif(not CONFIG.is_file(), reason="models/nl_woo is not built")
def test_the_shipped_config_names_no_directory_of_the_build_machine() -> None:
    paths_section = CONFIG.read_text(encoding="utf-8").split("[paths]", 1)[1].split("\n[", 1)[0]
    values = [line.split("=", 1)[1].strip() for line in paths_section.strip().splitlines() if "=" in line]
    assert values and all(value == "null" for value in values)
