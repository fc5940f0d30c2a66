from __future__ import annotations

import pytest

from redaction.errors import PolicyError
from redaction.policy import noot_line, normalise_ground


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("5.1.2e", "5.1.2e"),
        ("5.1.2.e", "5.1.2e"),
        ("5.1.2 e", "5.1.2e"),
        ("5.1.2E", "5.1.2e"),
        ("art. 5.1 lid 2 sub e", "5.1.2e"),
        ("Art. 5.1 lid 2 onderdeel e", "5.1.2e"),
        ("artikel 5.1, tweede lid, aanhef en onder e", "5.1.2e"),
        ("artikel 5.1, eerste lid, aanhef en onder e", "5.1.1e"),
        ("5.1.1e", "5.1.1e"),
        ("5.1.1d", "5.1.1d"),
        ("5.1.5", "5.1.5"),
        ("5.2", "5.2"),
        ("art. 5.2", "5.2"),
        ("dubbel", "dubbel"),
    ],
)
def test_normalise_ground(written: str, code: str) -> None:
    assert normalise_ground(written) == code


@pytest.mark.parametrize("written", ["5.1.2z", "6.1", "artikel 10", "", "5.1.3e"])
def test_unknown_grounds_are_refused(written: str) -> None:
    with pytest.raises(PolicyError):
        normalise_ground(written)


@pytest.mark.parametrize(
    ("ground", "category", "line"),
    [
        ("5.1.2e", "naam", "Art. 5.1 lid 2 onderdeel e Woo (naam)"),
        ("5.1.2e", "e-mail", "Art. 5.1 lid 2 onderdeel e Woo (e-mail)"),
        ("5.1.1e", "BSN", "Art. 5.1 lid 1 onderdeel e Woo (BSN)"),
    ],
)
def test_noot_line_wording(ground: str, category: str, line: str) -> None:
    assert noot_line(ground, category) == line
