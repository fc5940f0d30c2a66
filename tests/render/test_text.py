from __future__ import annotations

from redaction.decisions import Decision
from redaction.render import render
from redaction.render.text import NOOT_INTRO, redacted_regions


def _d(start: int, end: int, text: str, entity: str, ground: str | None, category: str) -> Decision:
    return Decision(start, end, text, entity, "redact" if ground else "keep", ground, category, "r", 0.9, "t")


def test_marks_and_noot_in_order_of_ground_then_occurrence() -> None:
    text = "Jan Smit (jan@x.example), BSN 111222333, mailde info@x.example."
    decisions = [
        _d(0, 8, "Jan Smit", "PERSON", "5.1.2e", "naam"),
        _d(10, 23, "jan@x.example", "EMAIL_ADDRESS", "5.1.2e", "e-mail"),
        _d(30, 39, "111222333", "NL_BSN", "5.1.1e", "BSN"),
        _d(48, 62, "info@x.example", "EMAIL_ADDRESS", None, "e-mail"),
    ]
    out = render("text", text, decisions)
    body, noot = out.split("\n\nNoot\n")
    assert body == "[5.1.2e] ([5.1.2e]), BSN [5.1.1e], mailde info@x.example."
    assert noot.splitlines() == [
        NOOT_INTRO,
        "• Art. 5.1 lid 1 onderdeel e Woo (BSN)",
        "• Art. 5.1 lid 2 onderdeel e Woo (naam)",
        "• Art. 5.1 lid 2 onderdeel e Woo (e-mail)",
    ]


def test_overlapping_redactions_merge_and_nothing_survives() -> None:
    text = "adres Kerkstraat 1, 3311 AB Dordrecht"
    decisions = [
        _d(6, 18, "Kerkstraat 1", "ADDRESS", "5.1.2e", "adres"),
        _d(10, 27, text[10:27], "POSTCODE", "5.1.2e", "adres"),
    ]
    assert [(r.start, r.end) for r in redacted_regions(decisions)] == [(6, 27)]
    assert render("text", text, decisions).startswith("adres [5.1.2e] Dordrecht")


def test_no_redactions_means_no_noot() -> None:
    assert render("text", "Niets te melden.", []) == "Niets te melden."
