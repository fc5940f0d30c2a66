from __future__ import annotations

import io
import re
from datetime import UTC, datetime

import pdfplumber
import pytest
from pypdf import PdfReader

from redaction.decisions import Decision
from redaction.render import render
from redaction.render.pdf import render_pdf

PAGE_ONE = (
    "Van: Joris Brandsma <joris.brandsma@voorbeeldpost.nl>\n"
    "Aan: raadsgriffie@dordrecht.nl\n"
    "Onderwerp: zorgen over de bibliotheek in Crabbehof\n\n"
)
PAGE_TWO = (
    "Geachte raadsleden,\n"
    + "Wij vragen u de openingstijden van de bibliotheek te behouden voor alle bewoners van de wijk. " * 4
    + "\nMijn BSN is 111222333 en mijn rekening NL91 ABNA 0417 1643 00.\n"
    "Met vriendelijke groet,\nJoris Brandsma, café ‘t Hoekje\n"
)
TEXT = PAGE_ONE + PAGE_TWO
PAGES = [(0, len(PAGE_ONE)), (len(PAGE_ONE), len(TEXT))]
SECRETS = ["Joris Brandsma", "joris.brandsma@voorbeeldpost.nl", "111222333", "NL91 ABNA 0417 1643 00"]


def _decisions() -> list[Decision]:
    found: list[Decision] = []
    kinds = {"Joris Brandsma": ("naam", "5.1.2e"), "111222333": ("BSN", "5.1.1e")}
    for secret in SECRETS:
        category, ground = kinds.get(secret, ("persoonsgegeven", "5.1.2e"))
        for match in re.finditer(re.escape(secret), TEXT):
            found.append(Decision(match.start(), match.end(), secret, "X", "redact", ground, category, "r", 1.0, "t"))
    return found


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return render_pdf(
        TEXT, _decisions(), pages=PAGES, title="DOC-2025-0042", creation_date=datetime(2025, 6, 2, tzinfo=UTC)
    )


@pytest.fixture(scope="module")
def extracted(pdf: bytes) -> dict[str, str]:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        plumber = "\n".join(page.extract_text() or "" for page in document.pages)
    reader = PdfReader(io.BytesIO(pdf))
    return {"pypdf": "\n".join(page.extract_text() for page in reader.pages), "pdfplumber": plumber}


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text).lower()


@pytest.mark.parametrize("tool", ["pypdf", "pdfplumber"])
@pytest.mark.parametrize("secret", [*SECRETS, "Brandsma", "Joris", "voorbeeldpost", "0417164300"])
def test_redacted_strings_are_not_in_the_extracted_text(extracted: dict[str, str], tool: str, secret: str) -> None:
    assert secret.lower() not in extracted[tool].lower()
    assert _squash(secret) not in _squash(extracted[tool])


def test_redacted_strings_are_not_in_the_file_bytes(pdf: bytes) -> None:
    for secret in SECRETS:
        assert secret.encode() not in pdf


@pytest.mark.parametrize("tool", ["pypdf", "pdfplumber"])
def test_kept_text_box_labels_and_noot_are_extractable(extracted: dict[str, str], tool: str) -> None:
    text = extracted[tool]
    squashed = _squash(text)
    for kept in ["raadsgriffie@dordrecht.nl", "Geachte raadsleden,", "bibliotheek in Crabbehof", "café ‘t Hoekje"]:
        assert _squash(kept) in squashed
    assert text.count("5.1.2e") == 4  # two names, the e-mail address, the IBAN (the Noot spells grounds out)
    assert text.count("5.1.1e") == 1
    assert "Noot" in text
    assert "Art. 5.1 lid 1 onderdeel e Woo (BSN)" in text
    assert "Art. 5.1 lid 2 onderdeel e Woo (naam)" in text


def test_page_breaks_follow_the_original_and_long_lines_wrap(pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 2
    first, second = (page.extract_text() for page in reader.pages)
    assert "raadsgriffie@dordrecht.nl" in first
    assert "Geachte raadsleden" not in first
    assert "Geachte raadsleden" in second
    longest = max(len(line) for line in second.splitlines())
    assert longest < 120  # the 380-character paragraph was wrapped


def test_metadata_holds_only_what_we_set(pdf: bytes) -> None:
    reader = PdfReader(io.BytesIO(pdf))
    assert dict(reader.metadata or {}) == {"/Title": "DOC-2025-0042", "/CreationDate": "D:20250602000000+00'00'"}
    assert reader.xmp_metadata is None
    assert b"ReportLab" not in pdf
    assert b"anonymous" not in pdf


def test_without_a_date_there_is_no_date_and_output_is_deterministic() -> None:
    one = render("pdf", TEXT, _decisions(), title="DOC-1")
    two = render("pdf", TEXT, _decisions(), title="DOC-1")
    assert one == two
    assert dict(PdfReader(io.BytesIO(one)).metadata or {}) == {"/Title": "DOC-1"}


def test_a_redaction_across_a_page_boundary_stays_one_box() -> None:
    text = "eerste pagina Anna\nBakker tweede pagina\n"
    split = text.index("Bakker")
    decision = Decision(14, split + 6, "Anna\nBakker", "PERSON", "redact", "5.1.2e", "naam", "r", 1.0, "t")
    out = render_pdf(text, [decision], pages=[(0, split), (split, len(text))], title="DOC-2")
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(out)).pages]
    assert len(pages) == 2
    assert "5.1.2e" in pages[0]
    assert "tweede pagina" in pages[1]
    assert all("Anna" not in page and "Bakker" not in page for page in pages)


def test_markup_in_the_document_is_text_not_markup() -> None:
    out = render_pdf("a <b>vet</b> & <font color='red'>x</font>", [], title="DOC-3")
    assert "<b>vet</b> & <font color='red'>x</font>" in PdfReader(io.BytesIO(out)).pages[0].extract_text()
