"""The package gives every declared pattern recognizer, Dutch, one entity each, and an engine runs them."""

from __future__ import annotations

from presidio_analyzer import AnalyzerEngine

from redaction.entities import ENTITY_REGISTRY
from redaction.recognizers import pattern_recognizers

from .helpers import assert_spans


def test_pattern_recognizers_are_dutch_and_distinct() -> None:
    recognizers = pattern_recognizers()
    # every entity of the table except those found by names and lists (or by nothing yet), in the
    # table's order; an entity may have more than one (POSTCODE: the Dutch one and after an address)
    entities = [e for r in recognizers for e in r.supported_entities]
    assert list(dict.fromkeys(entities)) == [
        spec.name for spec in ENTITY_REGISTRY if spec.name not in ("PERSON", "ORGANIZATION", "LOCATION")]
    assert {r.supported_language for r in recognizers} == {"nl"}
    assert len({r.name for r in recognizers}) == len(recognizers)
    assert all(len(r.supported_entities) == 1 for r in recognizers)
    assert all(r.context for r in recognizers), "every recognizer hands its cue words to Presidio"


def test_engine_finds_every_entity_in_a_case_note(analyzer: AnalyzerEngine) -> None:
    text = (
        "Cliënt F. Yilmaz (geb. 12-03-1988), BSN 123456782, woont aan de Voorstraat 12, 3311 AB Dordrecht.\n"
        "Tel. 06-12345678, f.yilmaz@voorbeeld.nl, IBAN NL91 ABNA 0417 1643 00, kenteken GH-123-X,\n"
        "profiel linkedin.com/in/f-yilmaz. Dordrecht, 20 mei 2025."
    )
    results = analyzer.analyze(text, language="nl", score_threshold=0.5)
    assert_spans(
        results,
        text,
        [
            "12-03-1988",
            "123456782",
            "Voorstraat 12",
            "3311 AB",
            "06-12345678",
            "f.yilmaz@voorbeeld.nl",
            "NL91 ABNA 0417 1643 00",
            "GH-123-X",
            "linkedin.com/in/f-yilmaz",
        ],
    )
