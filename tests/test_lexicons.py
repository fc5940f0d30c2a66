"""Lookups of the shipped lexicons (redaction/lexicons.py) beyond plain list membership."""

from __future__ import annotations

import pytest

from redaction.lexicons import Lexicons, load_lexicons


@pytest.fixture(scope="module")
def lexicons() -> Lexicons:
    return load_lexicons()


@pytest.mark.parametrize(("word", "first_name"), [
    ("Jan", True),
    ("Gerrit-Jan", True),     # two listed given names joined: a double given name
    ("Anne-Marije", True),
    ("kees-jan", True),       # case does not matter
    ("Zuid-Holland", False),  # a compass part and a province
    ("Jan-Kanterinkstraat", False),
    ("Jan-", False),
    ("Jan-Piet-Kees", False),  # three parts: no established form, left to the lists
])
def test_double_given_names(lexicons: Lexicons, word: str, first_name: bool) -> None:
    assert lexicons.is_first_name(word) is first_name
