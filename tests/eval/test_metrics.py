"""Tests of the dev-set metrics and generator, with tiny hand-made examples and fake engines.

None of this loads the redaction engine: the metrics must stay usable while the engine changes
(or does not import at all).
"""

from __future__ import annotations

import json
from types import SimpleNamespace
from typing import Any

import pytest

from eval import identifiers as ids
from eval.evaluate import DEFAULT_DEVSET, evaluate_engine, load_devset, main
from eval.generate_devset import generate
from eval.metrics import (
    Document,
    Span,
    check_targets,
    evaluate,
    is_covered,
    merge_intervals,
    report_to_dict,
)

TEXT = "Van: Sanne de Vries <s.devries@voorbeeldmail.nl>, wethouder Jan Bakker (info@dordrecht.nl)"
NAME = Span(5, 19, "PERSON", "redact", "dutch")
MAIL = Span(21, 47, "EMAIL_ADDRESS", "redact")
OFFICIAL = Span(60, 70, "PERSON", "keep")
MAILBOX = Span(72, 89, "EMAIL_ADDRESS", "keep")
GOLD = (NAME, MAIL, OFFICIAL, MAILBOX)


def red(start: int, end: int, entity: str = "PERSON") -> Span:
    return Span(start, end, entity, "redact")


def doc(*predicted: Span, gold: tuple[Span, ...] = GOLD, text: str = TEXT) -> Document:
    return Document("t-1", text, gold, tuple(predicted))


def test_fixture_offsets_are_right() -> None:
    assert TEXT[NAME.start : NAME.end] == "Sanne de Vries"
    assert TEXT[MAIL.start : MAIL.end] == "s.devries@voorbeeldmail.nl"
    assert TEXT[OFFICIAL.start : OFFICIAL.end] == "Jan Bakker"
    assert TEXT[MAILBOX.start : MAILBOX.end] == "info@dordrecht.nl"


def test_perfect_prediction() -> None:
    report = evaluate([doc(red(5, 19), red(21, 47, "EMAIL_ADDRESS"))])
    assert report.entities["PERSON"].recall == 1.0
    assert report.entities["EMAIL_ADDRESS"].recall == 1.0
    assert report.overall.precision == 1.0
    assert report.overall.keep_violations == 0
    assert check_targets(report) == []


def test_partial_coverage_is_a_miss() -> None:
    report = evaluate([doc(red(5, 10), red(21, 47, "EMAIL_ADDRESS"))])  # only "Sanne"
    assert report.entities["PERSON"].recall == 0.0
    assert [m.text for m in report.misses] == ["Sanne de Vries"]
    assert report.misses[0].detail == "partial"
    # the partial prediction still overlaps gold, so it is not a false positive
    assert report.entities["PERSON"].precision == 1.0


def test_untouched_span_is_reported_as_none() -> None:
    report = evaluate([doc(red(21, 47, "EMAIL_ADDRESS"))])
    assert report.misses[0].detail == "none"


def test_adjacent_pieces_cover_a_name_whitespace_ignored() -> None:
    # "Sanne" and "de Vries" redacted separately: the space between them reveals nothing.
    report = evaluate([doc(red(5, 10), red(11, 19), red(21, 47, "EMAIL_ADDRESS"))])
    assert report.entities["PERSON"].recall == 1.0
    assert report.entities["PERSON"].predicted_redact == 2


def test_name_inside_redacted_email_counts_as_covered() -> None:
    text = "Mail a.jansen@gemeente.nl nu"
    gold = (Span(7, 13, "PERSON", "redact"), Span(5, 25, "EMAIL_ADDRESS", "redact"))
    assert text[7:13] == "jansen"
    report = evaluate([doc(red(5, 25, "EMAIL_ADDRESS"), gold=gold, text=text)])
    assert report.entities["PERSON"].recall == 1.0
    assert report.entities["EMAIL_ADDRESS"].recall == 1.0


def test_covering_by_another_entity_counts() -> None:
    # A PERSON redacted as LOCATION is not leaked, and the LOCATION prediction is precise.
    report = evaluate([doc(red(5, 19, "LOCATION"), red(21, 47, "EMAIL_ADDRESS"))])
    assert report.entities["PERSON"].recall == 1.0
    assert report.entities["LOCATION"].precision == 1.0
    assert report.entities["LOCATION"].gold_redact == 0


def test_keep_violation_counted_per_entity() -> None:
    predicted = (red(5, 19), red(21, 47, "EMAIL_ADDRESS"), red(64, 70), red(72, 89, "EMAIL_ADDRESS"))
    report = evaluate([doc(*predicted)])
    assert report.entities["PERSON"].keep_violations == 1  # "Bakker" of the wethouder
    assert report.entities["EMAIL_ADDRESS"].keep_violations == 1  # info@dordrecht.nl
    assert report.overall.keep_violations == 2
    assert {v.text for v in report.keep_violations} == {"Jan Bakker", "info@dordrecht.nl"}
    # redacting a keep span is also imprecise: it overlaps no gold redact span
    assert report.overall.precision == 0.5
    assert any("keep violations" in f for f in check_targets(report))


def test_false_positive_lowers_precision_only() -> None:
    report = evaluate([doc(red(5, 19), red(21, 47, "EMAIL_ADDRESS"), red(0, 3, "LOCATION"))])
    assert report.entities["LOCATION"].precision == 0.0
    assert report.overall.precision == pytest.approx(2 / 3)
    assert report.overall.recall == 1.0
    assert [f.text for f in report.false_positives] == ["Van"]


def test_keep_predictions_are_not_redactions() -> None:
    report = evaluate([doc(Span(5, 19, "PERSON", "keep"), Span(60, 70, "PERSON", "keep"))])
    assert report.entities["PERSON"].recall == 0.0
    assert report.overall.predicted_redact == 0
    assert report.overall.precision is None
    assert report.overall.keep_violations == 0


def test_person_recall_by_origin() -> None:
    text = "Ahmed en Sanne"
    gold = (Span(0, 5, "PERSON", "redact", "moroccan"), Span(9, 14, "PERSON", "redact", "dutch"))
    report = evaluate([doc(red(9, 14), gold=gold, text=text)])
    assert report.person_origin["dutch"].recall == 1.0
    assert report.person_origin["moroccan"].recall == 0.0


def test_check_targets_bsn_needs_full_recall() -> None:
    text = "BSN 111222333 en 123456782"
    gold = (Span(4, 13, "NL_BSN", "redact"), Span(17, 26, "NL_BSN", "redact"))
    report = evaluate([doc(red(4, 13, "NL_BSN"), gold=gold, text=text)])
    assert any(f.startswith("recall NL_BSN") for f in check_targets(report))


def test_merge_and_cover_primitives() -> None:
    assert merge_intervals([red(5, 8), red(0, 3), red(2, 4), red(8, 9)]) == [(0, 4), (5, 9)]
    assert is_covered(Span(0, 4, "X", "redact"), [(0, 4)])
    assert not is_covered(Span(0, 4, "X", "redact"), [(0, 3)])
    # punctuation need not be covered when the text is known: "J.P." with the last dot left
    assert is_covered(Span(0, 4, "X", "redact"), [(0, 3)], text="J.P.")


# --------------------------------------------------------------------------- fake engines


class GoldEngine:
    """Returns exactly the gold redact spans: the evaluator must report a perfect score."""

    def __init__(self, records: list[dict[str, Any]]) -> None:
        self.by_text = {r["text"]: r["spans"] for r in records}

    def analyze(self, text: str) -> list[SimpleNamespace]:
        return [
            SimpleNamespace(start=s["start"], end=s["end"], entity=s["entity"], decision=s["decision"])
            for s in self.by_text[text]
        ]


class EmptyEngine:
    def analyze(self, text: str) -> list[SimpleNamespace]:
        return []


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return load_devset(DEFAULT_DEVSET)


def test_gold_engine_scores_perfectly(records: list[dict[str, Any]]) -> None:
    report = evaluate_engine(records, GoldEngine(records))
    assert report.overall.recall == 1.0
    assert report.overall.precision == 1.0
    assert report.overall.keep_violations == 0
    assert all(s.recall == 1.0 for s in report.entities.values() if s.gold_redact)
    assert check_targets(report) == []


def test_empty_engine_recalls_nothing(records: list[dict[str, Any]]) -> None:
    report = evaluate_engine(records, EmptyEngine())
    assert report.overall.recall == 0.0
    assert report.overall.precision is None
    assert report.entities["PERSON"].recall == 0.0
    assert check_targets(report)
    json.dumps(report_to_dict(report, with_findings=True))


def test_cli_exit_codes(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import eval.evaluate as cli

    monkeypatch.setattr(cli, "load_engine", lambda spec, policy=None: EmptyEngine())
    assert main([]) == 0  # a report, whatever the scores
    assert main(["--check"]) == 1
    capsys.readouterr()
    assert main(["--json", "--show-misses"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["overall"]["recall"] == 0.0
    assert out["misses"] and out["failed_targets"]
    monkeypatch.setattr(cli, "load_engine", lambda spec, policy=None: GoldEngine(load_devset(DEFAULT_DEVSET)))
    assert main(["--check"]) == 0


# --------------------------------------------------------------------------- the data itself


def test_devset_file_is_what_the_generator_writes(records: list[dict[str, Any]]) -> None:
    """The committed file must be regenerated whenever the generator changes."""
    assert generate() == records


def test_devset_shape(records: list[dict[str, Any]]) -> None:
    assert len(records) >= 80
    kinds = {r["kind"] for r in records}
    assert kinds == {"letter", "email", "email_thread", "case_note", "complaint", "memo"}
    for r in records:
        for s in r["spans"]:
            value = r["text"][s["start"] : s["end"]]
            assert value and value == value.strip()
            if s["entity"] == "NL_BSN":
                assert ids.bsn_checksum_ok("".join(ch for ch in value if ch.isdigit()))
            if s["entity"] == "IBAN_CODE":
                assert ids.iban_checksum_ok(value)


def test_checksums() -> None:
    assert ids.bsn_checksum_ok("111222333")
    assert not ids.bsn_checksum_ok("111222334")
    assert ids.iban_checksum_ok("NL91ABNA0417164300")
    assert ids.iban_checksum_ok("NL91 ABNA 0417 1643 00")
    assert not ids.iban_checksum_ok("NL92ABNA0417164300")
