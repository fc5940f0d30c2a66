"""The leak report: every published rendering of a document searched for what it must not show,
outside the text the renderers write themselves; each finding names file, place and decision.

All names, numbers and addresses are invented.
"""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from redaction.decisions import Decision
from redaction.leakreport import WITHHELD_VALUE, document_leaks, leak_counts, write_leak_report
from redaction.publication import publication_files, renderer_texts
from redaction.publish.diwoo import DiWooConfig
from redaction.review.store import DocumentView, SpanView
from redaction.scan import EMAIL

NUMBER = "b0c0ffee0001-0001"
DIWOO = DiWooConfig(
    "https://identifier.overheid.nl/tooi/id/gemeente/gm0505", "gemeente Voorbeeld",
    "https://identifier.overheid.nl/tooi/def/thes/kern/c_8c840238",
)  # fmt: skip
# "Woo" is the surname of a private person here; "Art" her husband's given name. The Noot says
# "Art. 5.1 lid 2 onderdeel e Woo (naam)", every file carries "Document <nummer>", the PDF "pagina 1".
CLEAN = (
    "Geachte raad,\n"
    "Mevrouw Woo vraagt om inzage in haar dossier.\n"
    "Haar man Art steunt de vraag; hun zoon Pagina en dochter Document ook.\n"
    "Met vriendelijke groet,\nMarit Woo\n"
)


def _span(span_id: int, text: str, value: str, entity: str, decision: str, ground: str | None, category: str | None,
          nth: int = 0, state: str = "proposed") -> SpanView:  # fmt: skip
    start = -1
    for _ in range(nth + 1):
        start = text.index(value, start + 1)
    return SpanView(span_id, start, start + len(value), value, entity, state, decision, ground, category, "test",
                    0.9, "test", f"test.{entity.lower()}", decision, ground, None, 1)  # fmt: skip


def _decision(span: SpanView) -> Decision:
    return Decision(span.start, span.end, span.text, span.entity, span.decision, span.ground,  # type: ignore[arg-type]
                    span.category, span.reason, span.score, span.source, span.rule)  # fmt: skip


def _publish(tmp_path: Path, text: str, spans: list[SpanView]) -> tuple[DocumentView, list[Decision], list[Path]]:
    doc = DocumentView("d-woo", "b0c0ffee0001", NUMBER, "txt", "document", "approved", text, None, None, None, None,
                       "2025-05-27", "goedkeurder", spans)  # fmt: skip
    decisions = [_decision(span) for span in spans]
    folder = tmp_path / "redacted"
    folder.mkdir(exist_ok=True)
    paths = []
    moment = datetime(2025, 6, 2, 9, 30, tzinfo=UTC)
    for name, content in publication_files(doc, decisions, DIWOO, published_at=moment).items():
        path = folder / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        paths.append(path)
    return doc, decisions, paths


def _leaks(tmp_path: Path, text: str, spans: list[SpanView]) -> list:
    doc, decisions, paths = _publish(tmp_path, text, spans)
    return document_leaks(doc, paths, decisions=decisions, fixed=renderer_texts(NUMBER, decisions, DIWOO))


def _clean_spans(text: str) -> list[SpanView]:
    return [
        _span(1, text, "Woo", "PERSON", "redact", "5.1.2e", "naam"),
        _span(2, text, "Art", "PERSON", "redact", "5.1.2e", "naam"),
        _span(3, text, "Marit Woo", "PERSON", "redact", "5.1.2e", "naam"),
        # Words the renderers also write: the title "Document <nummer>" and the PDF footer's "pagina".
        _span(4, text, "Document", "PERSON", "redact", "5.1.2e", "naam"),
        _span(5, text, "Pagina", "PERSON", "redact", "5.1.2e", "naam"),
    ]


def test_text_the_renderers_write_themselves_is_no_leak(tmp_path: Path) -> None:
    spans = _clean_spans(CLEAN)
    doc, decisions, paths = _publish(tmp_path, CLEAN, spans)
    readable = (tmp_path / "redacted" / f"{NUMBER}.txt").read_text("utf-8")
    assert "Woo (naam)" in readable and "Art. 5.1" in readable  # the words are there, in the Noot
    assert document_leaks(doc, paths, decisions=decisions, fixed=renderer_texts(NUMBER, decisions, DIWOO)) == []
    # Without the renderers' own text every file of the document "leaks" (the title in the metadata too).
    assert {leak.file for leak in document_leaks(doc, paths, decisions=decisions)} == {p.name for p in paths}


def test_a_withheld_value_readable_in_the_body_is_found_with_place_and_decision(tmp_path: Path) -> None:
    # A slip: the second "Woo" in the body was never withheld; "Art" is withheld everywhere.
    text = CLEAN.replace("Haar man Art", "Haar man Art (zoon van Woo)")
    spans = [_span(1, text, "Woo", "PERSON", "redact", "5.1.2e", "naam"),
             _span(2, text, "Art", "PERSON", "redact", "5.1.2e", "naam"),
             _span(3, text, "Marit Woo", "PERSON", "redact", "5.1.2e", "naam")]  # fmt: skip
    leaks = _leaks(tmp_path, text, spans)
    assert leaks and {leak.kind for leak in leaks} == {WITHHELD_VALUE}
    by_file = {leak.file: leak for leak in leaks}
    assert set(by_file) == {f"{NUMBER}.txt", f"{NUMBER}.html", f"{NUMBER}.pdf"}  # not the metadata
    txt = by_file[f"{NUMBER}.txt"]
    published = (tmp_path / "redacted" / f"{NUMBER}.txt").read_text("utf-8")
    assert published[txt.offset : txt.offset + 3] == "Woo"
    assert (txt.part, txt.line, txt.column) == ("tekst", 3, published.splitlines()[2].index("Woo") + 1)
    assert txt.source_start == text.index("Woo)")  # the same place in the document's own text
    assert [(ref.span_id, ref.entity, ref.decision, ref.ground, ref.rule) for ref in txt.decisions] == [
        (1, "PERSON", "redact", "5.1.2e", "test.person")
    ]
    assert by_file[f"{NUMBER}.pdf"].part == "pagina 1" and by_file[f"{NUMBER}.html"].part == "tekst"
    for leak in leaks:  # the record is safe to show: no value, no name
        assert "Woo" not in repr(leak) and "Marit" not in repr(leak)
    assert leak_counts(leaks) == {NUMBER: {WITHHELD_VALUE: 3}}


def test_a_scanner_finding_names_the_decision_a_reviewer_rejected(tmp_path: Path) -> None:
    text = "Geachte raad,\nMijn adres is m.dekker@voorbeeldpost.example, bel mij gerust.\nMarit Dekker\n"
    spans = [_span(7, text, "m.dekker@voorbeeldpost.example", "EMAIL_ADDRESS", "keep", None, None, state="rejected"),
             _span(8, text, "Marit Dekker", "PERSON", "redact", "5.1.2e", "naam")]  # fmt: skip
    leaks = _leaks(tmp_path, text, spans)
    txt = next(leak for leak in leaks if leak.file.endswith(".txt"))
    assert (txt.kind, txt.line, txt.column, txt.detail) == (EMAIL, 2, 15, "e-mailadres (niet functioneel)")
    assert [(ref.span_id, ref.decision, ref.state) for ref in txt.decisions] == [(7, "keep", "rejected")]
    assert all("dekker" not in repr(leak).lower() for leak in leaks)
    # A value no decision covers at all: a missed detection, named as such (no decisions).
    missed = _leaks(tmp_path, text, spans[1:])
    assert missed and all(leak.decisions == () for leak in missed if leak.kind == EMAIL)


def test_the_restricted_report_names_document_place_and_decision_but_no_value(tmp_path: Path) -> None:
    text = CLEAN.replace("Haar man Art", "Haar man Art (zoon van Woo)")
    leaks = _leaks(tmp_path, text, _clean_spans(text))
    report = write_leak_report(tmp_path, "b0c0ffee0001", leaks)
    data = json.loads(report.read_text("utf-8"))
    assert data["batch"] == "b0c0ffee0001" and data["documenten_met_lekken"] == 1
    first = data["lekken"][0]
    assert {key: first[key] for key in ("document_id", "documentnummer", "soort")} == {
        "document_id": "d-woo", "documentnummer": NUMBER, "soort": WITHHELD_VALUE}  # fmt: skip
    assert first["regel"] >= 1 and first["kolom"] >= 1 and first["besluiten"][0]["span_id"] == 1
    rows = list(csv.DictReader((tmp_path / "leak_report.csv").read_text("utf-8-sig").splitlines(), delimiter=";"))
    assert len(rows) == len(leaks) and rows[0]["besluiten"].startswith("#1 PERSON redact 5.1.2e")
    for written in (report.read_text("utf-8"), (tmp_path / "leak_report.csv").read_text("utf-8-sig")):
        assert "Woo" not in written and "Marit" not in written
    # A clean run writes an empty report: an old one never outlives the fix.
    write_leak_report(tmp_path, "b0c0ffee0001", [])
    assert json.loads(report.read_text("utf-8"))["lekken"] == []


@pytest.mark.parametrize("value", ["Noot", "Document", "pagina", "Voorbeeld", "Nederlands"])
def test_a_fixed_word_is_still_a_leak_where_the_body_says_it(tmp_path: Path, value: str) -> None:
    text = f"Geachte raad,\nIk ben {value} en {value} belt u.\n"
    spans = [_span(1, text, value, "PERSON", "redact", "5.1.2e", "naam")]
    leaks = _leaks(tmp_path, text, spans)
    assert {leak.file for leak in leaks} == {f"{NUMBER}.txt", f"{NUMBER}.html", f"{NUMBER}.pdf"}
    assert all(leak.decisions[0].span_id == 1 for leak in leaks)
