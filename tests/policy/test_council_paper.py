"""Evidence.council_paper's "c.s." after a name is read on the name's line only: the match is bounded
at the line's end (the regex module otherwise searched the rest of the text for "c.s" once per
name), and must find what the unbounded match found. Invented names."""

from __future__ import annotations

import pytest

from redaction.policy.evidence import Evidence


def _paper(text: str, name: str) -> bool:
    start = text.index(name)
    return Evidence(text, None).council_paper(start, start + len(name))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("De motie Velthorst c.s. wordt aangenomen.", True),
        ("De motie Velthorst c.s", True),  # at the end of the text
        ("Ingediend door Velthorst \t     c.s.\nVolgende punt.", True),  # a wide gap, then the line's end
        ("Ingediend door Velthorst c.s.\n", True),  # right before the line's end
        ("Ingediend door Velthorst c.s.x", True),  # "c.s" then "." stays a non-letter
        ("Ingediend door Velthorst c.sx over de bomen", False),  # a letter right after "c.s"
        ("Ingediend door Velthorst\nc.s. over de bomen", False),  # on the next line: not the name's
        ("Ingediend door Velthorst over de bomen, " + "en verder " * 2000 + "c.s.", False),
    ],
)
def test_cum_suis_after_a_name_on_its_line(text: str, expected: bool) -> None:
    assert _paper(text, "Velthorst") is expected
