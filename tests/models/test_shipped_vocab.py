"""The shipped model carries no identifier-like strings from its synthetic training data."""

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
