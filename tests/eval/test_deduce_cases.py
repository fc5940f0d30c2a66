"""eval.deduce_cases turns deduce-style regression cases into eval.corpus documents (invented cases)."""

from __future__ import annotations

import json
from pathlib import Path

from eval.corpus import SETS, score
from eval.deduce_cases import convert_file, load, valid_bsn


def _case(cid: int, text: str, *anns: tuple[str, str]) -> dict:
    """An example with annotations given as (substring, tag); offsets found in the text."""
    out = []
    for sub, tag in anns:
        start = text.index(sub)
        out.append({"text": sub, "start_char": start, "end_char": start + len(sub), "tag": tag})
    return {"id": cid, "text": text, "annotations": out}


CASES = {"examples": [
    _case(0, "Gesprek met Dr. Wendelien Ruitenbeek", ("Dr. Wendelien Ruitenbeek", "persoon")),
    _case(1, "mevrouw Okkerse belde", ("mevrouw Okkerse", "persoon")),
    _case(2, "Woont Lindegaarde 14b, 7311 QX Zuidenveld",
          ("Lindegaarde 14b", "locatie"), ("7311 QX", "locatie"), ("Zuidenveld", "locatie")),
    _case(3, "Postbus 4410", ("Postbus 4410", "locatie")),
    _case(4, "Kliniek De Vlonder", ("Kliniek De Vlonder", "zorginstelling"), ("De Vlonder", "ziekenhuis")),
    _case(5, "mail secretariaat-noord@vlonder.example of tjeerd.okkerse@mail.example",
          ("secretariaat-noord@vlonder.example", "emailadres"), ("tjeerd.okkerse@mail.example", "emailadres")),
    _case(6, "zie www.vlonder.example en linkedin.com/in/tjeerd-okkerse",
          ("www.vlonder.example", "url"), ("linkedin.com/in/tjeerd-okkerse", "url")),
    _case(7, "bsn 111222333, dossier 123456789", ("111222333", "id"), ("123456789", "id")),
    _case(8, "op 12-03-2021, 44 jaar oud, tel 06-98765432",
          ("12-03-2021", "datum"), ("44", "leeftijd"), ("06-98765432", "telefoonnummer")),
    _case(9, "okkerse", ),
]}


def _spans(doc: dict) -> list[tuple[str, str, str]]:
    return [(s["text"], s["label"], s["decision"]) for s in doc["spans"]]


def test_convert(tmp_path: Path) -> None:
    path = tmp_path / "cases.json"
    path.write_text(json.dumps(CASES), "utf-8")
    docs = {d["id"]: d for d in convert_file(path)}
    assert len(docs) == 10 and all(d["genre"] == "cases" for d in docs.values())
    assert _spans(docs["deduce-cases-000"]) == [("Wendelien Ruitenbeek", "PERSON", "redact")]  # title cut off
    assert _spans(docs["deduce-cases-001"]) == [("Okkerse", "PERSON", "redact")]
    assert _spans(docs["deduce-cases-002"]) == [("Lindegaarde 14b", "ADDRESS", "redact"),
                                                ("7311 QX", "POSTCODE", "redact")]  # the place is not gold
    assert _spans(docs["deduce-cases-003"]) == [("Postbus 4410", "ORG", "keep")]
    assert _spans(docs["deduce-cases-004"]) == [("Kliniek De Vlonder", "ORG", "keep")]  # overlaps merged
    assert _spans(docs["deduce-cases-005"]) == [("secretariaat-noord@vlonder.example", "FUNCTIONAL_EMAIL", "keep"),
                                                ("tjeerd.okkerse@mail.example", "EMAIL", "redact")]
    assert _spans(docs["deduce-cases-006"]) == [("www.vlonder.example", "ORG", "keep"),
                                                ("linkedin.com/in/tjeerd-okkerse", "URL_PERSONAL", "redact")]
    assert _spans(docs["deduce-cases-007"]) == [("111222333", "BSN", "redact")]  # 123456789 fails the 11-proef
    assert _spans(docs["deduce-cases-008"]) == [("06-98765432", "PHONE", "redact")]
    assert _spans(docs["deduce-cases-009"]) == []
    for doc in docs.values():
        for s in doc["spans"]:
            assert doc["text"][s["start"]:s["end"]] == s["text"]
            assert s["ground"] == (None if s["decision"] == "keep" else "5.1.1e" if s["label"] == "BSN" else "5.1.2e")


def test_predictions_on_non_gold_cases_are_over_redactions(tmp_path: Path) -> None:
    (tmp_path / "cases.json").write_text(json.dumps(CASES), "utf-8")
    docs = load(tmp_path)
    by_id = {d["id"]: d for d in docs}
    date_doc = by_id["deduce-cases-008"]
    predictions = {"deduce-cases-008": [
        {"start": 3, "end": 13, "entity": "DATE", "decision": "redact"},       # a date: over-redaction
        {"start": date_doc["text"].index("06-"), "end": len(date_doc["text"]), "entity": "PHONE_NUMBER",
         "decision": "redact"},
    ]}
    result, findings = score([date_doc], predictions)
    assert result["recall"] == 1.0 and result["precision"] == 0.5
    assert [f.text for f in findings if f.kind == "over"] == ["12-03-2021"]


def test_absent_directory_and_registration(tmp_path: Path) -> None:
    assert load(tmp_path / "nowhere") == []
    assert "deduce" in SETS and SETS["deduce"].loader is not None
    assert valid_bsn("111222333") and not valid_bsn("123456789") and not valid_bsn("11122233")
