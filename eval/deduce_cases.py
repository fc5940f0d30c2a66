"""deduce's regression cases as an ``eval.corpus`` set: what the engine finds of them, scored our way.

deduce (github.com/vmenger/deduce) is a Dutch de-identification tool for clinical text. Its
repository holds regression cases: JSON files ``{"examples": [{"id", "text", "annotations":
[{"text", "start_char", "end_char", "tag"}]}]}``, one file per category. deduce is LGPL-3.0, so its
test data never enters this repository: the files are kept under the ignored
``var/deduce_regression/`` (copied as they are; ``legacy/`` holds files of deduce's older layout
that have no successor) and converted here, in memory, each time the set is scored.

Each example becomes one document (``id`` ``deduce-<file>-<example id>``, ``genre`` the file name,
so ``--set deduce`` prints a row per deduce category). Its spans follow
``../shared/reference/annotation.md``, which is not deduce's idea of what to hide:

============================== ===================== ======== =================================
deduce tag                     our label             decision why
============================== ===================== ======== =================================
persoon, patient, naam, name   PERSON                redact   titles and salutations at the front
                                                              (dr., Prof., Mw., mevrouw,
                                                              mijnheer, ...) are cut off: our
                                                              spans hold the name only
locatie: street + number       ADDRESS               redact   a home address, context unknown
locatie: 1234 AB               POSTCODE              redact
locatie: Postbus 12            ORG                   keep     PO boxes are organisations'
locatie: anything else         (none)                         place names, regions, countries
                                                              are not annotated and must stay
telefoonnummer                 PHONE                 redact   context unknown: taken as personal
emailadres                     EMAIL                 redact
emailadres, functional local   FUNCTIONAL_EMAIL      keep     ``info@``, ``poli-...@``,
part (``FUNCTIONAL_MAILBOX``)                                 ``...-afdeling@``: a role's mailbox
url of a personal profile or   URL_PERSONAL          redact   (``PERSONAL_URL`` hosts)
fundraiser
url, any other                 ORG                   keep     an organisation's website
ziekenhuis, zorginstelling,    ORG                   keep     hospitals and care organisations
instelling                                                    are kept under the Woo
bsn; id with a valid 11-proef  BSN                   redact
id otherwise, leeftijd, datum  (none)                         ages, dates and other numbers are
                                                              not personal data we withhold
============================== ===================== ======== =================================

Decisions on the cases that are not gold:

- they do not count in recall (no gold span);
- a redaction on them *is* an over-redaction, as on any unannotated text (annotation.md:
  "unannotated text must not be redacted either"); on institutions, organisation URLs,
  functional mailboxes and PO boxes it is also a keep violation. deduce's negative examples
  (``kees``, ``April``, ``1250 mg``, invalid dates) are unannotated text as well.
  The per-file rows show where over-redactions land: ``names`` and ``locations`` mix gold with
  negatives, ``institutions``, ``urls``, ``ages``, ``identifiers``, ``dates`` and
  ``countries_and_nationalities`` are nearly all negatives (precision there is mostly
  undefined or 0, the over-redaction rate is the signal).

Overlapping deduce annotations (``Prinses Maxima Centrum`` and ``Maxima``) are merged into one
span; where a redact span and a keep span overlap, the redact span stays. deduce's
``recall_booster_annotations`` are ignored.

Usage::

    .venv/bin/python -m eval.deduce_cases [DIR] > deduce.jsonl   # the converted documents
    .venv/bin/python -m eval.corpus --set deduce [--show miss]   # scored (see eval/corpus.py)
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEDUCE_DIR = ROOT / "var" / "deduce_regression"

PERSON_TAGS = frozenset({"persoon", "patient", "naam", "name", "person"})
INSTITUTION_TAGS = frozenset({"ziekenhuis", "zorginstelling", "instelling", "hospital", "institution"})
# Titles, salutations and forms of address in front of a name; cut off repeatedly (no "^": used
# with .match at a position, where "^" would not match).
_TITLE = re.compile(
    r"(?:(?:prof(?:essor)?|dr|drs|doctor|dokter|ir|ing|mr|mw|mevr|mevrouw|dhr|de\s+heer|heer|mijnheer|"
    r"meneer|ds|zr|br)(?:\.\s*|\s+))+",
    re.IGNORECASE,
)
_POSTCODE = re.compile(r"\d{4}\s?[A-Za-z]{2}")
_PO_BOX = re.compile(r"(?i)postbus\s+\d+")
_STREET_NUMBER = re.compile(r".*[^\W\d_].*\s\d{1,5}(?:\s?[A-Za-z])?")
# Words that make an e-mail local part a role's or organisation's mailbox (annotation.md's
# FUNCTIONAL_EMAIL), compared with the local part's pieces between dots, hyphens and underscores.
FUNCTIONAL_MAILBOX = frozenset({
    "info", "informatie", "contact", "post", "postbus", "secretariaat", "afdeling", "team", "poli",
    "polikliniek", "balie", "receptie", "helpdesk", "servicedesk", "klantcontact", "administratie",
    "noreply", "no-reply", "griffie", "raadsgriffie", "woo", "subsidies", "parkeren", "opname",
})
# Hosts (and paths) of personal profiles and fundraisers: annotation.md's URL_PERSONAL.
PERSONAL_URL = re.compile(
    r"(?i)(?:linkedin\.com/in/|facebook\.com/|instagram\.com/|twitter\.com/|\bx\.com/|tiktok\.com/@|"
    r"youtube\.com/@|gofundme\.com/|doneeractie\.nl/|whydonate\.)"
)
GROUND = {"BSN": "5.1.1e"}


def valid_bsn(digits: str) -> bool:
    """A burgerservicenummer: nine digits passing the 11-proef."""
    if not re.fullmatch(r"\d{9}", digits):
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True)) - int(digits[8])
    return total % 11 == 0 and digits != "000000000"


def _functional_mailbox(address: str) -> bool:
    local = address.split("@", 1)[0].lower()
    return any(part in FUNCTIONAL_MAILBOX for part in re.split(r"[._+\-]", local))


def classify(tag: str, text: str) -> tuple[str, str] | None:
    """Our (label, decision) for a deduce annotation of ``text`` tagged ``tag``; None: not annotated."""
    tag = tag.lower()
    text = text.strip()
    if tag in PERSON_TAGS:
        return "PERSON", "redact"
    if tag in INSTITUTION_TAGS:
        return "ORG", "keep"
    if tag == "locatie":
        if _POSTCODE.fullmatch(text):
            return "POSTCODE", "redact"
        if _PO_BOX.fullmatch(text):
            return "ORG", "keep"
        if _STREET_NUMBER.fullmatch(text):
            return "ADDRESS", "redact"
        return None
    if tag == "telefoonnummer":
        return "PHONE", "redact"
    if tag == "emailadres":
        return ("FUNCTIONAL_EMAIL", "keep") if _functional_mailbox(text) else ("EMAIL", "redact")
    if tag == "url":
        return ("URL_PERSONAL", "redact") if PERSONAL_URL.search(text) else ("ORG", "keep")
    if tag in ("bsn", "id"):
        return ("BSN", "redact") if valid_bsn(text) else None
    return None  # leeftijd, datum and anything unknown


def _trim(text: str, start: int, end: int, label: str) -> tuple[int, int]:
    """Our span conventions: no surrounding whitespace; a PERSON span without titles in front."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if label == "PERSON":
        cut = _TITLE.match(text, start, end)
        if cut:
            start = cut.end()
    return start, end


def convert_example(example: dict[str, Any], genre: str) -> dict[str, Any]:
    """One deduce example as an eval.corpus document."""
    text = example["text"]
    spans: list[dict[str, Any]] = []
    for ann in example.get("annotations", []):
        start, end = ann["start_char"], ann["end_char"]
        if text[start:end] != ann["text"]:
            raise ValueError(f"{genre} {example['id']}: offsets do not match {ann['text']!r}")
        kind = classify(ann["tag"], ann["text"])
        if kind is None:
            continue
        label, decision = kind
        start, end = _trim(text, start, end, label)
        if start < end:
            spans.append({"start": start, "end": end, "label": label, "decision": decision})
    return {"id": f"deduce-{genre}-{example['id']:03d}", "genre": genre, "text": text,
            "spans": _merge(text, spans)}


def _merge(text: str, spans: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Sorted, non-overlapping spans: overlaps of one decision become their union (the longer
    span's label); a keep span overlapping a redact span is dropped."""
    redact = [s for s in spans if s["decision"] == "redact"]
    keep = [s for s in spans if s["decision"] == "keep"
            and not any(r["start"] < s["end"] and s["start"] < r["end"] for r in redact)]
    merged: list[dict[str, Any]] = []
    for group in (redact, keep):
        out: list[dict[str, Any]] = []
        for s in sorted(group, key=lambda s: (s["start"], -(s["end"] - s["start"]))):
            if out and s["start"] < out[-1]["end"]:
                out[-1]["end"] = max(out[-1]["end"], s["end"])
            else:
                out.append(dict(s))
        merged.extend(out)
    merged.sort(key=lambda s: s["start"])
    for s in merged:
        s["text"] = text[s["start"]:s["end"]]
        s["ground"] = GROUND.get(s["label"], "5.1.2e") if s["decision"] == "redact" else None
    return [{k: s[k] for k in ("start", "end", "text", "label", "decision", "ground")} for s in merged]


def convert_file(path: Path, genre: str | None = None) -> list[dict[str, Any]]:
    """The documents of one deduce regression-case file."""
    genre = genre or path.stem
    with path.open("rb") as fh:
        examples = json.load(fh)["examples"]
    return [convert_example(example, genre) for example in examples]


def load(directory: Path = DEDUCE_DIR) -> list[dict[str, Any]]:
    """All case files under ``directory`` (also in subfolders) as documents; none if it is absent."""
    if not directory.is_dir():
        return []
    docs: list[dict[str, Any]] = []
    for path in sorted(directory.rglob("*.json")):
        with path.open("rb") as fh:
            if "examples" not in json.load(fh):
                continue
        docs.extend(convert_file(path))
    return docs


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    directory = Path(args[0]) if args else DEDUCE_DIR
    for doc in load(directory):
        print(json.dumps(doc, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
