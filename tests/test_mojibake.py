"""UTF-8 read as cp1252: the repair table, and names found through it on the original's offsets."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.decisions import Decision
from redaction.mojibake import original_span, repair


@pytest.mark.parametrize(("text", "fixed"), [
    ("Herr SchÃ¤fer", "Herr Schäfer"),
    ("Beste ZoÃ«,", "Beste Zoë,"),
    ("dokter Ã–zdemir", "dokter Özdemir"),
    ("GrÃ¼ÃŸe", "Grüße"),
])
def test_repair(text: str, fixed: str) -> None:
    result = repair(text)
    assert result is not None
    repaired, origin = result
    assert repaired == fixed
    assert len(origin) == len(repaired) + 1
    assert origin[-1] == len(text)


@pytest.mark.parametrize("text", ["café Öztürk", "Geen bijzondere tekens", "prijs: 5 € per stuk"])
def test_text_without_mojibake_is_left_alone(text: str) -> None:
    assert repair(text) is None


def test_a_repaired_character_maps_to_all_the_characters_it_came_from() -> None:
    text = "mevrouw ZoÃ« Brandsmeer"
    repaired, origin = repair(text)  # type: ignore[misc]
    start = repaired.index("Zoë")
    assert text[slice(*original_span(origin, start, start + 3))] == "ZoÃ«"


def test_names_in_mojibake_are_withheld_on_the_original() -> None:
    text = "Geachte heer SchÃ¤fermann,\n\nMet vriendelijke groet,\nJÃ¼rgen SchÃ¤fermann"
    redacted = {text[d.start:d.end] for d in Redactor().analyze(text) if d.decision == "redact"}
    assert "JÃ¼rgen SchÃ¤fermann" in redacted
    assert "SchÃ¤fermann" in redacted


def test_a_decision_moved_to_another_span_keeps_every_other_field() -> None:
    d = Decision(start=3, end=8, text="Zoë B", entity="PERSON", decision="redact", ground="5.1.2e",
                 category="naam", reason="r", score=0.9, source="person:title", rule="person")
    assert d.at(4, 10, "ZoÃ« B") == d.with_changes(start=4, end=10, text="ZoÃ« B")
