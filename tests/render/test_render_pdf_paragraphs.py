"""The typeset PDF keeps paragraphs: blank lines stay, hard line breaks inside a sentence go."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Spacer

from redaction.render.pdf import _flowables, _stream

BODY = ParagraphStyle("test", fontName="Helvetica", fontSize=10, leading=13)


def _kinds(text: str) -> list[str]:
    return [f"P:{f.text}" if isinstance(f, Paragraph) else "S" if isinstance(f, Spacer) else type(f).__name__
            for f in _flowables(_stream(text, [], []), BODY, False)]


def test_a_sentence_broken_by_pdf_extraction_is_one_paragraph_again() -> None:
    text = ("Dit is een lange zin die door de extractie uit de pdf\nhard is afgebroken en daarna verder gaat.\n\n"
            "Nieuwe alinea.")
    assert _kinds(text) == ["P:Dit is een lange zin die door de extractie uit de pdf hard is afgebroken en daarna "
                            "verder gaat.", "S", "P:Nieuwe alinea."]


def test_lines_of_an_address_a_list_or_a_case_log_stay_lines() -> None:
    text = ("Voorstraat 12\n3311 AB Dordrecht\n\n12-03 Gesprek gevoerd met de cliënt over de huur.\n"
            "14-03 Brief.\n- een\n- twee")
    assert _kinds(text) == ["P:Voorstraat 12", "P:3311 AB Dordrecht", "S",
                            "P:12-03 Gesprek gevoerd met de cliënt over de huur.", "P:14-03 Brief.", "P:- een",
                            "P:- twee"]


def test_a_line_ending_in_a_colon_or_followed_by_a_capital_is_not_joined() -> None:
    text = "De volgende stukken zijn bij deze brief gevoegd, zie hieronder:\nbijlage een\n" \
           "Dit is een lange regel zonder punt aan het einde van de regel\nNieuwe zin met hoofdletter."
    assert len([k for k in _kinds(text) if k.startswith("P:")]) == 4
